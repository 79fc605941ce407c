namespace Reports.Site.Models;

/// <summary>One rule checked for a week's decision, with its numbers.</summary>
/// <param name="Rule">The rule's code or kind as the trace records it (<c>open-redteam-p0p1</c>, <c>total</c>).</param>
/// <param name="Name">What the rule checks in words ("An unresolved P0/P1 red-team finding"), what pages lead with.</param>
/// <param name="Code">The code to show beside the name, or empty when the name says it all.</param>
public sealed record TraceRow(string Rule, StatusChip Status, string Detail, string Name = "", string Code = "");
