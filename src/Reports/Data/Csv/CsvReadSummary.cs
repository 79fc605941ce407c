using Reports.Diagnostics;

namespace Reports.Data.Csv;

/// <summary>
/// How far a file could be read. Cross-file checks need to know: a file that could not be read, or whose rows were
/// not all delivered, must not produce a cascade of "missing" or "unknown" errors about what it would have held.
/// </summary>
/// <param name="Header">The matched header; null when the file has no usable header (nothing was read).</param>
/// <param name="Complete">Every data row was delivered: none was skipped as malformed and reading did not stop early.</param>
internal sealed record CsvReadSummary(HeaderMap? Header, bool Complete)
{
    public static CsvReadSummary Unread { get; } = new(null, false);

    public bool HeaderRead => Header is not null;

    public bool Has(CsvColumn column) => Header is not null && Header.FieldOf(column) >= 0;

    public SourceLocation CellOf(CsvColumn column) => Header?.CellOf(column) ?? default;
}
