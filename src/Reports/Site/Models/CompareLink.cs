namespace Reports.Site.Models;

/// <summary>A link from a weekly report to its comparison with an earlier week.</summary>
public sealed record CompareLink(string Href, string Label);
