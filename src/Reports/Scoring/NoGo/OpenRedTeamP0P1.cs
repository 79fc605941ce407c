using Reports.Domain;

namespace Reports.Scoring.NoGo;

/// <summary>
/// <c>open-redteam-p0p1</c>: "an unresolved P0/P1 finding whose source is <c>red-team</c>" (contract,
/// automatic No-Go). Mitigated, fixed and won't-fix findings count as resolved from their closed date.
/// </summary>
public sealed class OpenRedTeamP0P1 : IWeekCondition
{
    public string Code => "open-redteam-p0p1";

    public string Description => "An unresolved P0/P1 red-team finding";

    public Condition Evaluate(WeekFacts week) => Conditions.FromIds(
        this,
        week.UnresolvedFindings
            .Where(f => f.Priority is Priority.P0 or Priority.P1)
            .Where(f => string.Equals(f.Source, Finding.RedTeamSource, StringComparison.OrdinalIgnoreCase))
            .Select(f => f.Id),
        "no unresolved P0/P1 red-team finding");
}
