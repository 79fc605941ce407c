namespace Reports.Site.Models;

/// <summary>
/// One page of the findings table, unresolved ones first: <see cref="Open"/> and <see cref="Closed"/> are this page's rows,
/// <see cref="OpenCount"/> and <see cref="ClosedCount"/> the whole table's.
/// </summary>
public sealed record FindingsModel(IReadOnlyList<FindingRow> Open, IReadOnlyList<FindingRow> Closed, int OpenCount, int ClosedCount, Pager Pager)
{
    /// <summary>The whole table as CSV, every page of it.</summary>
    public TableLink? Csv { get; init; }
}
