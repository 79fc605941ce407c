namespace Reports.Site.Models;

/// <summary>A record a checklist line cites: its id and root-relative address, or a null address when no page shows it.</summary>
public sealed record ChecklistRefView(string Id, string? Href);
