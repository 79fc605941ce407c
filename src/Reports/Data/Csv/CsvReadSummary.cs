using Reports.Diagnostics;

namespace Reports.Data.Csv;

/// <summary>
/// How far a file could be read. Cross-file checks need to know: rows that were skipped could have held anything,
/// and after a read that stopped early nothing is known about the rest of the file.
/// </summary>
/// <param name="Header">The matched header; null when the file has no usable header (nothing was read).</param>
/// <param name="SkippedRows">Data rows not delivered because they were malformed (quoting, field count).</param>
/// <param name="Stopped">Reading stopped before the end of the file (binary, mis-encoded or oversized record).</param>
internal sealed record CsvReadSummary(HeaderMap? Header, int SkippedRows, bool Stopped)
{
    public static CsvReadSummary Unread { get; } = new(null, 0, true);

    public bool HeaderRead => Header is not null;

    /// <summary>Every data row was delivered: none was skipped as malformed and reading did not stop early.</summary>
    public bool Complete => Header is not null && SkippedRows == 0 && !Stopped;

    public bool Has(CsvColumn column) => Header is not null && Header.FieldOf(column) >= 0;

    public SourceLocation CellOf(CsvColumn column) => Header?.CellOf(column) ?? default;
}
