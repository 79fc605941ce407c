using Reports.Domain;

namespace Reports.Scoring.Evidence;

/// <summary>
/// One required check's share of <c>ci-minimums</c> (G4) on day D: its required runs in the <c>ci_recent_days</c>
/// ending on D (a), and its flaky runs among its last <c>flake_window_runs</c> non-cancelled runs (c).
/// </summary>
public sealed record RequiredCheckState(int RecentRuns, int Runs, int Flaky, decimal FlakeRateMax, int WindowRuns)
{
    /// <summary>(a) fails: no required run in the recent days.</summary>
    public bool Stale => RecentRuns == 0;

    /// <summary><c>100 × flaky &lt; flake_rate_max × runs</c>.</summary>
    public bool UnderRate => 100m * Flaky < FlakeRateMax * Runs;

    /// <summary>(c) fails only for lack of runs: fewer than the window, and those so far under the rate (or none).</summary>
    public bool LacksRuns => Runs < WindowRuns && (UnderRate || Runs == 0);

    /// <summary>(c) fails on the rate itself.</summary>
    public bool TooFlaky => !LacksRuns && !UnderRate;

    /// <summary>This check alone: fail on (a) or the rate, pending for lack of runs, else pass.</summary>
    public GateStatus Status => Stale || TooFlaky ? GateStatus.Fail : LacksRuns ? GateStatus.Pending : GateStatus.Pass;

    public static RequiredCheckState Of(string check, DateOnly weekOf, EvidencePolicy policy, EvidenceIndex evidence)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(evidence);
        var recent = DayRange.Ending(weekOf, policy.CiRecentDays);
        var recentRuns = evidence.RunsBackFrom(check, weekOf, r => r.Required).TakeWhile(r => recent.Contains(r.FinishedOn)).Count();
        var (runs, flaky) = CiRule.FlakeWindow(check, weekOf, policy, evidence);
        return new RequiredCheckState(recentRuns, runs, flaky, policy.FlakeRateMax, policy.FlakeWindowRuns);
    }
}
