namespace Reports.Scoring.NoGo;

/// <summary>
/// <c>slo-consecutive-miss</c>: "SLO validation window contains two consecutive days of SLO miss in
/// same pillar" (plan §5). The data holds no daily SLO results, so the contract has this reported as
/// not measured, never as passed.
/// </summary>
public sealed class SloConsecutiveMiss : IWeekCondition
{
    public string Code => "slo-consecutive-miss";

    public string Description => "Two consecutive days of SLO miss in the same pillar";

    public Condition Evaluate(WeekFacts week) =>
        Conditions.NotMeasured(this, "no daily SLO results per pillar in the data");
}
