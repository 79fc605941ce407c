namespace Reports.Site.Models;

/// <summary>A finding or incident that opened or closed between two weeks; <see cref="Href"/> is its row's address, empty when today's data no longer has it.</summary>
public sealed record CompareItemRow(string Id, string Href, string Title, string Change);
