namespace Reports.Site.Models;

/// <summary>Every finding, unresolved ones first.</summary>
public sealed record FindingsModel(IReadOnlyList<FindingRow> Open, IReadOnlyList<FindingRow> Closed);
