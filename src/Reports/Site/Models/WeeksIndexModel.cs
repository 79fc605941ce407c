namespace Reports.Site.Models;

/// <summary>Every weekly report, newest first.</summary>
public sealed record WeeksIndexModel(IReadOnlyList<WeekLink> Weeks)
{
    /// <summary>The list as CSV.</summary>
    public TableLink? Csv { get; init; }
}
