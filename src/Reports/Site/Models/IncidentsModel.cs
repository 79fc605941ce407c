namespace Reports.Site.Models;

/// <summary>Every incident, open ones first.</summary>
public sealed record IncidentsModel(IReadOnlyList<IncidentRow> Open, IReadOnlyList<IncidentRow> Resolved);
