namespace Reports.Site.Models;

/// <summary>One rule checked for a week's decision, with its numbers.</summary>
public sealed record TraceRow(string Rule, StatusChip Status, string Detail);
