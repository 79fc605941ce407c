namespace Reports.Site.Models;

/// <summary>
/// The home page: the latest week's answer (phase, total, decision) first, then what blocks the next step.
/// </summary>
/// <param name="Latest">The newest scored week; null when no week is scored yet.</param>
/// <param name="OpenCriticalIncidents">Sev-1 incidents with no resolution recorded.</param>
/// <param name="OpenUrgentFindings">P0 and P1 findings with no closing recorded, whatever their source.</param>
public sealed record HomeModel(
    WeekReportModel? Latest,
    IReadOnlyList<ConditionRow> ActiveConditions,
    IReadOnlyList<ConditionRow> NotMeasuredConditions,
    IReadOnlyList<IncidentRow> OpenCriticalIncidents,
    IReadOnlyList<FindingRow> OpenUrgentFindings,
    ChartView TotalTrend,
    int WeekCount);
