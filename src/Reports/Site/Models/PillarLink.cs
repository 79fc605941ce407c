namespace Reports.Site.Models;

/// <summary>A pillar on the pillars index, with how much is open there.</summary>
public sealed record PillarLink(string Key, string Href, int Slos, int OpenIncidents, int Incidents, int UnresolvedFindings, int Findings);
