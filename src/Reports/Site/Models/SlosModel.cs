namespace Reports.Site.Models;

/// <summary>
/// The SLO page: each SLO's objective, attainment and verdict in the latest week, its daily chart, the error budget
/// burn-down over the validation window, and the SLOs and pillars still unknown (the plan's first weekly question).
/// </summary>
/// <param name="Measured">Whether <c>slos.csv</c> defines any SLO; when not, the page says which files would add them.</param>
/// <param name="WeekOf">The latest scored week, whose verdicts the page shows; empty when no week is scored.</param>
/// <param name="Window">G5's window of that week, e.g. "2026-02-17…23 (7 days)".</param>
/// <param name="ValidationWindow">The validation window the burn-down shows, in words; null when there never was one.</param>
/// <param name="PillarsWithoutSlo">Pillars of the policy that no SLO measures.</param>
/// <param name="ConsecutiveMiss">The No-Go condition "two consecutive days of SLO miss in the same pillar" that week; null when no week is scored.</param>
public sealed record SlosModel(
    bool Measured,
    string WeekOf,
    string WeekHref,
    string Window,
    string? ValidationWindow,
    IReadOnlyList<SloRow> Slos,
    IReadOnlyList<SloRow> Unknown,
    IReadOnlyList<string> PillarsWithoutSlo,
    ConditionRow? ConsecutiveMiss,
    IReadOnlyList<EvidenceGateRow> Gates,
    ChartView BudgetBurn,
    string BurnMax,
    string ObjectiveWindowDays)
{
    /// <summary>The attainment table as CSV.</summary>
    public TableLink? Csv { get; init; }
}
