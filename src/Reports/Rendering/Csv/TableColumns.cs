using Reports.Rendering.Charts;

namespace Reports.Rendering.Csv;

/// <summary>
/// A table's columns, described once: the rows a page's table shows become the table its CSV file holds, cell for cell
/// (the same formatted text, so 46.25 stays 46.25 in any culture).
/// </summary>
public sealed class TableColumns<TRow>
{
    private readonly TableColumn<TRow>[] _columns;

    public TableColumns(params IEnumerable<TableColumn<TRow>> columns)
    {
        ArgumentNullException.ThrowIfNull(columns);
        _columns = [.. columns];
        if (_columns.Length == 0)
        {
            throw new ArgumentException("A table has at least one column.", nameof(columns));
        }
    }

    public IReadOnlyList<string> Headers => [.. _columns.Select(c => c.Header)];

    /// <summary>The table of <paramref name="rows"/>, in their order.</summary>
    public ChartTable Of(IEnumerable<TRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return new ChartTable(Headers, [.. rows.Select(row => (IReadOnlyList<string>)[.. _columns.Select(c => c.Cell(row))])]);
    }
}
