namespace Reports.Scoring.Freeze;

/// <summary>
/// <c>total-below-freeze</c>: "total &lt; <c>freeze_total</c>" (contract; plan §8 "total rubric score
/// drops below 85"). A total exactly at <c>freeze_total</c> does not freeze.
/// </summary>
public sealed class TotalBelowFreeze : IWeekCondition
{
    public string Code => "total-below-freeze";

    public string Description => "Total rubric score below the freeze threshold";

    public Condition Evaluate(WeekFacts week)
    {
        var check = Checks.Total(week.Total, week.Policy.FreezeTotal);
        return check.Passed ? Conditions.Clear(this, check.Detail) : Conditions.Active(this, check.Detail);
    }
}
