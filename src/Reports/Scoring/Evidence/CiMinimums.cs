using Reports.Domain;

namespace Reports.Scoring.Evidence;

/// <summary>
/// <c>ci-minimums</c> (G4): "(a) every check of <c>required_checks</c> has a required run finished in the
/// <c>ci_recent_days</c> ending on D; (b) <c>nightly_check</c> has a run finished in the <c>nightly_max_age_days</c>
/// ending on D; (c) for every required check, among its last <c>flake_window_runs</c> non-cancelled runs finished on or
/// before D, there are exactly that many and <c>100 × flaky &lt; flake_rate_max × runs</c>. <c>pass</c> when a, b and c
/// hold; <c>pending</c> when only (c) fails and only for lack of runs; else <c>fail</c>." (evidence contract)
/// </summary>
/// <remarks>(c) fails "only for lack of runs" for a check with fewer runs than the window whose runs so far are under the rate.</remarks>
public sealed class CiMinimums : IGateRule
{
    public EvidenceRule Rule => EvidenceRule.CiMinimums;

    public string Code => "ci-minimums";

    public bool IsMeasured(EvidenceIndex evidence) => evidence?.HasRuns == true;

    public GateVerdict Evaluate(WeekFacts week)
    {
        ArgumentNullException.ThrowIfNull(week);
        var policy = week.Policy.Evidence;
        var evidence = week.Evidence;
        var recent = DayRange.Ending(week.WeekOf, policy.CiRecentDays);
        var nightlyRange = DayRange.Ending(week.WeekOf, policy.NightlyMaxAgeDays);

        var failures = new List<string>();
        var checks = policy.RequiredChecks.Select(check => (Check: check, State: RequiredCheckState.Of(check, week.WeekOf, policy, evidence))).ToList();
        var stale = checks.Where(c => c.State.Stale).Select(c => c.Check).ToList();
        if (stale.Count > 0)
        {
            failures.Add($"no required run of {string.Join(", ", stale)} in {recent}");
        }

        var nightly = evidence.RunsBackFrom(policy.NightlyCheck, week.WeekOf, _ => true).FirstOrDefault();
        if (nightly is null || !nightlyRange.Contains(nightly.FinishedOn))
        {
            failures.Add(nightly is null
                ? $"{policy.NightlyCheck} never ran"
                : $"{policy.NightlyCheck} last ran on {EvidenceText.Date(nightly.FinishedOn)}, not in {nightlyRange}");
        }

        var lacking = new List<string>();
        var flakes = new List<string>();
        foreach (var (check, state) in checks)
        {
            if (state.LacksRuns)
            {
                lacking.Add($"{check} has {EvidenceText.Count(state.Runs)} of {EvidenceText.Count(policy.FlakeWindowRuns)} runs");
            }
            else if (state.TooFlaky)
            {
                flakes.Add($"{check} {EvidenceText.Count(state.Flaky)} flaky of {EvidenceText.Count(state.Runs)} runs ({EvidenceText.Percent(100m * state.Flaky / state.Runs, policy.FlakeRateMax, MidpointRounding.ToPositiveInfinity)} ≥ {EvidenceText.Limit(policy.FlakeRateMax)})");
            }
        }

        failures.AddRange(flakes);
        if (failures.Count > 0)
        {
            return GateVerdict.Fail(string.Join("; ", failures.Concat(lacking)));
        }

        if (lacking.Count > 0)
        {
            return GateVerdict.Pending(string.Join("; ", lacking));
        }

        return GateVerdict.Pass(
            $"{string.Join(", ", policy.RequiredChecks)} ran in {recent}; {policy.NightlyCheck} ran on {EvidenceText.Date(nightly!.FinishedOn)}; " +
            $"flaky runs under {EvidenceText.Limit(policy.FlakeRateMax)} of the last {EvidenceText.Count(policy.FlakeWindowRuns)} of each");
    }
}
