namespace Reports.Rendering.Charts;

/// <summary>Every chart the site publishes, rendered from one <see cref="Scoring.ProgramReport"/>.</summary>
/// <param name="TotalTrend">Total per week with labelled threshold lines, phase bands and incident markers.</param>
/// <param name="CategoryTrends">One chart per rubric category, in rubric order.</param>
/// <param name="Heatmap">Weeks × categories scores.</param>
/// <param name="IncidentsBySeverity">Incidents opened per week, by severity.</param>
/// <param name="DaysToResolve">Days from opened to resolved for each resolved incident.</param>
public sealed record SiteChartSet(
    Chart TotalTrend,
    IReadOnlyList<Chart> CategoryTrends,
    Chart Heatmap,
    Chart IncidentsBySeverity,
    Chart DaysToResolve) : IChartSet
{
    public IEnumerable<Chart> All => [TotalTrend, .. CategoryTrends, Heatmap, IncidentsBySeverity, DaysToResolve];
}
