namespace Reports.Scoring.Freeze;

/// <summary>
/// <c>category-below-freeze</c>: "a category &lt; <c>freeze_min_category</c>" (contract; plan §8 "any
/// category drops below 2"). A category exactly at the minimum does not freeze.
/// </summary>
public sealed class CategoryBelowFreeze : IWeekCondition
{
    public string Code => "category-below-freeze";

    public string Description => "A category below the freeze minimum";

    public Condition Evaluate(WeekFacts week)
    {
        var checks = Checks.Categories(week.Categories, week.Policy.FreezeMinCategory);
        var detail = string.Join("; ", checks.Select(c => c.Detail));
        return checks.All(c => c.Passed) ? Conditions.Clear(this, detail) : Conditions.Active(this, detail);
    }
}
