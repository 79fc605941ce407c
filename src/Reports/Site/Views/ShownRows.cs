namespace Reports.Site.Views;

/// <summary>
/// How much of a table that grows with the program a page shows when the table is not spread over pages
/// (<see cref="RowPages"/>): its first rows in the table's order, and how many there are in all. The CSV file beside
/// the table has every row. Unbounded, a 13,000-week program's trends page was 23 MB of HTML, which no browser reads
/// well and a build holds several times over while it renders, scans and writes it.
/// </summary>
public static class ShownRows
{
    /// <summary>Weekly rows (a chart's numbers, the gates by week): two years.</summary>
    public const int Weeks = 104;

    /// <summary>A pillar's incidents or findings, open ones first.</summary>
    public const int Records = 100;

    /// <summary>The first <paramref name="most"/> rows, or all of them when there are no more.</summary>
    public static IReadOnlyList<T> First<T>(IReadOnlyList<T> rows, int most)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return rows.Count <= most ? rows : [.. rows.Take(most)];
    }

    /// <summary>The last <paramref name="most"/> rows (the newest, in a table that lists the oldest first).</summary>
    public static IReadOnlyList<T> Last<T>(IReadOnlyList<T> rows, int most)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return rows.Count <= most ? rows : [.. rows.Skip(rows.Count - most)];
    }
}
