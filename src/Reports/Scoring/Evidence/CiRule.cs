using Reports.Domain;

namespace Reports.Scoring.Evidence;

/// <summary>
/// The counts the CI rules read: the smoke check's failures in a row, and "per required check, flaky runs among its
/// last <c>flake_window_runs</c>" non-cancelled runs finished on or before D (evidence contract).
/// </summary>
public static class CiRule
{
    /// <summary>How many of the latest required, non-cancelled runs of the smoke check up to D failed, counting back to the last one that did not.</summary>
    public static int SmokeFailuresInARow(DateOnly weekOf, EvidencePolicy policy, EvidenceIndex evidence)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(evidence);
        return evidence.RunsBackFrom(policy.SmokeCheck, weekOf, r => r.Required).TakeWhile(r => r.Result == CiResult.Fail).Count();
    }

    /// <summary>The check's last <c>flake_window_runs</c> non-cancelled runs up to D (fewer when it has fewer), and how many were flaky.</summary>
    public static (int Runs, int Flaky) FlakeWindow(string check, DateOnly weekOf, EvidencePolicy policy, EvidenceIndex evidence)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(evidence);
        int runs = 0, flaky = 0;
        foreach (var run in evidence.RunsBackFrom(check, weekOf, _ => true).Take(policy.FlakeWindowRuns))
        {
            runs++;
            flaky += run.Result == CiResult.Flaky ? 1 : 0;
        }

        return (runs, flaky);
    }

    /// <summary>100 × flaky / runs over the flake window; null when the check has no run yet.</summary>
    public static decimal? FlakeRate(string check, DateOnly weekOf, EvidencePolicy policy, EvidenceIndex evidence)
    {
        var (runs, flaky) = FlakeWindow(check, weekOf, policy, evidence);
        return runs == 0 ? null : 100m * flaky / runs;
    }
}
