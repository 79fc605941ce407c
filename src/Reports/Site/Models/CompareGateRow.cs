namespace Reports.Site.Models;

/// <summary>A gate whose status differs between two weeks; a null chip where a side does not define the gate.</summary>
/// <param name="Trace">The numbers that decided a computed gate's later status; empty otherwise.</param>
public sealed record CompareGateRow(string Id, string Href, string Name, StatusChip? Before, StatusChip? After, string Trace);
