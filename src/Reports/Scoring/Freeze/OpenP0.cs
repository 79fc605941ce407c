using Reports.Domain;

namespace Reports.Scoring.Freeze;

/// <summary>
/// <c>open-p0</c>: "any unresolved P0 finding, whatever its source" (contract; plan §8). Unlike the
/// red-team No-Go, a known-issue or hardening P0 counts too.
/// </summary>
public sealed class OpenP0 : IWeekCondition
{
    public string Code => "open-p0";

    public string Description => "An unresolved P0 finding";

    public Condition Evaluate(WeekFacts week) => Conditions.FromIds(
        this,
        week.UnresolvedFindings.Where(f => f.Priority == Priority.P0).Select(f => f.Id),
        "no unresolved P0 finding");
}
