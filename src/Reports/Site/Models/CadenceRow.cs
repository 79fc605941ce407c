namespace Reports.Site.Models;

/// <summary>A cadence item of plan §9 in one week: when it last happened and whether it is overdue.</summary>
/// <param name="Last">The date of the last one on or before the week, or "never".</param>
/// <param name="Every">The policy's interval, e.g. "every 30 days".</param>
public sealed record CadenceRow(string Kind, string Name, string Last, string Every, bool Overdue, StatusChip Status, string Href);
