namespace Reports.Site.Models;

/// <summary>
/// A weekly report set beside an earlier week: the previous scored week, or the last archived report as it was published.
/// Every category's score and points, the total, the threshold band, phase and decision side by side; then only what
/// changed: gates, No-Go conditions and freeze triggers, findings and incidents, and evidence verdicts.
/// </summary>
/// <param name="Other">The earlier week's date.</param>
/// <param name="OtherHref">Root-relative address of the earlier week's live report, or its archived copy.</param>
/// <param name="OtherName">What the earlier side is, for headings: "previous week" or "archived report".</param>
/// <param name="Archived">The earlier side is an archived report's numbers as published (<c>report.json</c>), not today's computation.</param>
/// <param name="Flips">Rules of the phase decision whose verdict turned, in words; empty against an archived report, which keeps no verdicts.</param>
/// <param name="EvidenceNote">Why evidence verdicts cannot be compared; null when they can.</param>
public sealed record CompareModel(
    string WeekOf,
    string WeekHref,
    string Other,
    string OtherHref,
    string OtherName,
    bool Archived,
    IReadOnlyList<CompareCategoryRow> Categories,
    CompareCategoryRow Total,
    IReadOnlyList<CompareValueRow> Headline,
    IReadOnlyList<CompareGateRow> Gates,
    IReadOnlyList<CompareValueRow> Conditions,
    IReadOnlyList<CompareItemRow> Findings,
    IReadOnlyList<CompareItemRow> Incidents,
    IReadOnlyList<CompareValueRow> Evidence,
    IReadOnlyList<string> Flips,
    string? EvidenceNote);
