namespace Reports.Site.Models;

/// <summary>A link to a weekly report with the facts a list of weeks shows.</summary>
public sealed record WeekLink(string WeekOf, string Href, string Total, string Phase, StatusChip Decision);
