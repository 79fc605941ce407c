namespace Reports.Site.Models;

/// <summary>An SLO on its pillar's page: its objective, and its G5 verdict over the window ending on the latest scored week.</summary>
public sealed record PillarSloRow(string Id, string Href, string Name, string Objective, StatusChip Status);
