using Reports.Scoring;

namespace Reports.Site.Views;

/// <summary>
/// Which earlier weeks a weekly report is compared with, and where each comparison is published: the previous scored
/// week, and the last archived report before it when there is one and it is not that same week.
/// </summary>
public static class WeekComparisons
{
    /// <summary><c>weeks/2026-02-18/compare/2026-02-17/</c>.</summary>
    public static string Href(DateOnly week, DateOnly other) => ViewModelFactory.WeekHref(week) + "compare/" + Format.Date(other) + "/";

    /// <summary>The earlier sides of week <paramref name="index"/>: the previous week (no snapshot), then the last archived report (its snapshot).</summary>
    public static IReadOnlyList<(DateOnly Other, PublishedSnapshot? Archived)> Of(ProgramReport report, PublishedArchive archive, int index)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(archive);
        var week = report.Weeks[index];
        var previous = index > 0 ? report.Weeks[index - 1].WeekOf : (DateOnly?)null;
        var sides = new List<(DateOnly, PublishedSnapshot?)>();
        if (previous is DateOnly before)
        {
            sides.Add((before, null));
        }

        var archived = archive.Snapshots.LastOrDefault(s => s.WeekOf < week.WeekOf && s.Published is not null);
        if (archived is not null && archived.WeekOf != previous)
        {
            sides.Add((archived.WeekOf, archived));
        }

        return sides;
    }
}
