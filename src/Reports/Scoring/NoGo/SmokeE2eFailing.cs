namespace Reports.Scoring.NoGo;

/// <summary>
/// <c>smoke-e2e-failing</c>: "Chromium smoke e2e fails for 3 consecutive required runs" (plan §5).
/// The data holds no CI run history, so the contract has this reported as not measured, never as passed.
/// </summary>
public sealed class SmokeE2eFailing : IWeekCondition
{
    public string Code => "smoke-e2e-failing";

    public string Description => "Chromium smoke e2e failing for 3 consecutive required runs";

    public Condition Evaluate(WeekFacts week) =>
        Conditions.NotMeasured(this, "no Chromium smoke e2e run history in the data");
}
