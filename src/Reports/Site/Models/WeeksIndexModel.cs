namespace Reports.Site.Models;

/// <summary>Every weekly report, newest first.</summary>
public sealed record WeeksIndexModel(IReadOnlyList<WeekLink> Weeks);
