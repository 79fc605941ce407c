using Reports.Domain;
using Reports.Scoring.Evidence;

namespace Reports.Scoring.NoGo;

/// <summary>
/// <c>smoke-e2e-failing</c>: "Chromium smoke e2e fails for 3 consecutive required runs" (plan §5). Measured when
/// <c>ci-runs.csv</c> holds a required, non-cancelled run of <c>smoke_check</c> finished on or before D; "active when the
/// last <c>smoke_consecutive_failures</c> required, non-cancelled runs … all have result <c>fail</c> (fewer runs than
/// that: clear)" (evidence contract).
/// </summary>
public sealed class SmokeE2eFailing : IWeekCondition
{
    public string Code => "smoke-e2e-failing";

    public string Description => "Chromium smoke e2e failing for 3 consecutive required runs";

    public Condition Evaluate(WeekFacts week)
    {
        ArgumentNullException.ThrowIfNull(week);
        var policy = week.Policy.Evidence;
        var last = week.Evidence.RunsBackFrom(policy.SmokeCheck, week.WeekOf, r => r.Required).Take(policy.SmokeConsecutiveFailures).ToList();
        if (last.Count == 0)
        {
            return Conditions.NotMeasured(this, week.Evidence.HasRuns
                ? $"no required {policy.SmokeCheck} run on or before {EvidenceText.Date(week.WeekOf)}"
                : "no Chromium smoke e2e run history in the data");
        }

        var failing = last.TakeWhile(r => r.Result == CiResult.Fail).Count();
        return last.Count == policy.SmokeConsecutiveFailures && failing == last.Count
            ? Conditions.Active(this, $"the last {EvidenceText.Count(failing)} required {policy.SmokeCheck} runs failed (from {EvidenceText.Date(last[^1].FinishedOn)})")
            : Conditions.Clear(this, $"{EvidenceText.Count(failing)} required {policy.SmokeCheck} failures in a row < {EvidenceText.Count(policy.SmokeConsecutiveFailures)}");
    }
}
