using Reports.Rendering.Templates;

namespace Reports.Site.Models;

/// <summary>
/// One weekly report, in the order of the plan's weekly scorecard (§11): score snapshot, total, phase decision
/// and why, change per category, gates, incidents and findings, uplift plan, narrative. Shared: a session keeps
/// the models of weeks an edit did not reach, and hashes each once.
/// </summary>
/// <param name="DecisionText">The decision in words, e.g. "Stay in Phase 1 (Metric Hardening)".</param>
/// <param name="Discrepancy">How the recorded decision differs from the computed one and why; null when they agree.</param>
/// <param name="Summary">The narrative's one-line summary (front matter <c>summary</c>), shown under the title; null when none.</param>
/// <param name="Citation">The permanent address and a ready-made Markdown citation; null where the week is shown outside its own page.</param>
/// <param name="Evidence">The week's SLO verdicts, CI minimums, cadence and computed gates; null where not shown.</param>
/// <param name="Archived">The week's frozen copy and any restatement; null when the week was never archived.</param>
/// <param name="NarrativeSetsUplift">The review's notes have an uplift heading of their own: the page says which plan is whose.</param>
/// <param name="NarrativeHtml">The week's narrative (input/weeks/YYYY-MM-DD.md) as safe HTML; null when there is none.</param>
public sealed record WeekReportModel(
    string WeekOf,
    string Href,
    int Phase,
    string PhaseName,
    string Total,
    string TotalDelta,
    string TotalDeltaCss,
    string PreviousTotal,
    int WeightSum,
    IReadOnlyList<CategoryRow> Categories,
    StatusChip Decision,
    string DecisionText,
    IReadOnlyList<TraceRow> Trace,
    string? RecordedDecision,
    string? Discrepancy,
    IReadOnlyList<ConditionRow> NoGo,
    IReadOnlyList<ConditionRow> FreezeTriggers,
    IReadOnlyList<GateRow> PhaseGates,
    IReadOnlyList<GateRow> OtherGates,
    IReadOnlyList<IncidentRow> Incidents,
    IReadOnlyList<FindingRow> Findings,
    UpliftView Uplift,
    TrustedHtml? NarrativeHtml,
    string? Summary,
    WeekLink? Previous,
    WeekLink? Next,
    CitationView? Citation = null,
    ArchivedWeekView? Archived = null,
    WeekEvidenceView? Evidence = null,
    bool NarrativeSetsUplift = false)
{
    /// <summary>The weekly review's checklist, shown at the top of the report; null where the week is shown outside its own page.</summary>
    public ChecklistView? Checklist { get; init; }

    /// <summary>Time in phase and forecast (or freeze margin), beside the uplift plan.</summary>
    public OutlookView? Outlook { get; init; }

    /// <summary>The score snapshot as CSV; null where the week is shown outside its own page.</summary>
    public TableLink? ScorecardCsv { get; init; }

    /// <summary>Every gate of the week as CSV; null where the week is shown outside its own page.</summary>
    public TableLink? GatesCsv { get; init; }

    /// <summary>Its comparisons with the previous week and the last archived report; empty where the week is shown outside its own page.</summary>
    public IReadOnlyList<CompareLink> Compare { get; init; } = [];
}
