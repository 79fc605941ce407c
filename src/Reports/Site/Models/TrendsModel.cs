namespace Reports.Site.Models;

/// <summary>The trends page: total and per-category trends, the heatmap, incidents by severity and days to resolve.</summary>
public sealed record TrendsModel(
    ChartView TotalTrend,
    IReadOnlyList<ChartView> CategoryTrends,
    ChartView Heatmap,
    ChartView IncidentsBySeverity,
    ChartView DaysToResolve);
