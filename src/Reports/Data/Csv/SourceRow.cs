using CsvHelper;
using Reports.Diagnostics;

namespace Reports.Data.Csv;

/// <summary>
/// The current data row of a file, read by column. Valid only during the callback that receives it: it is a view
/// of the reader's buffer, reused for every row so that a large file allocates no row objects.
/// </summary>
internal sealed class SourceRow(CsvReader reader, string path, HeaderMap header, DiagnosticBag diagnostics)
{
    private int errorsAtStart;

    public string Path { get; } = path;

    public DiagnosticBag Diagnostics { get; } = diagnostics;

    public int Line => checked((int)reader.LineNumber);

    /// <summary>Whether any error was reported since this row started.</summary>
    public bool HasErrors => Diagnostics.ErrorCount > errorsAtStart;

    /// <summary>The start of the row, for problems of the row as a whole.</summary>
    public SourceLocation Start => new(Path, Line, 1);

    public bool Has(CsvColumn column) => header.FieldOf(column) >= 0;

    /// <summary>The value of the cell without surrounding whitespace; empty when the header lacks the column. Line breaks become <c>\n</c>.</summary>
    public string Text(CsvColumn column)
    {
        var field = header.FieldOf(column);
        if (field < 0)
        {
            return "";
        }

        // CsvHelper trims spaces and tabs; spreadsheets also leave no-break spaces, which nobody can see in a cell.
        var text = reader.GetString(field).Trim();

        // Quoted values keep their line breaks; normalize them so CRLF and LF files load the same text.
        return text.Contains('\r', StringComparison.Ordinal)
            ? text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n')
            : text;
    }

    /// <summary>Where the cell of <paramref name="column"/> starts (the row's start when the header lacks it).</summary>
    public SourceLocation At(CsvColumn column)
    {
        // A diagnostic that will only be counted needs no position; in a huge broken file that is most of them.
        var field = header.FieldOf(column);
        return field < 0 || Diagnostics.IsFull ? Start : RecordPosition.OfField(reader, Path, field);
    }

    public void Report(Diagnostic diagnostic) => Diagnostics.Add(diagnostic);

    internal void Begin() => errorsAtStart = Diagnostics.ErrorCount;
}
