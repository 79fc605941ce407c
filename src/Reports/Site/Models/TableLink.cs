namespace Reports.Site.Models;

/// <summary>A table's numbers as a CSV file beside its page: the root-relative <see cref="Href"/>, and the link's words, which name the table.</summary>
public sealed record TableLink(string Href, string Label);
