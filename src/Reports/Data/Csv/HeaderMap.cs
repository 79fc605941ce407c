using CsvHelper;
using Reports.Diagnostics;

namespace Reports.Data.Csv;

/// <summary>
/// The header row matched against a schema: which field holds each column, and where each header cell is.
/// Names match ignoring case and surrounding whitespace; <c>x_</c> columns are annotations and are ignored.
/// </summary>
internal sealed class HeaderMap
{
    private const string AnnotationPrefix = "x_";

    private readonly int[] fieldOf;
    private readonly SourceLocation[] cells;

    private HeaderMap(int fieldCount, int[] fieldOf, SourceLocation[] cells)
    {
        FieldCount = fieldCount;
        this.fieldOf = fieldOf;
        this.cells = cells;
    }

    public int FieldCount { get; }

    /// <summary>The field of <paramref name="column"/>, or -1 when the header lacks it.</summary>
    public int FieldOf(CsvColumn column) => fieldOf[column.Ordinal];

    /// <summary>The header cell of <paramref name="column"/>, or the start of the header when it is missing.</summary>
    public SourceLocation CellOf(CsvColumn column) => cells[column.Ordinal];

    /// <summary>Matches the current record as the header; null when it cannot be a header, and the file is not read further.</summary>
    public static HeaderMap? Read(CsvReader reader, string path, CsvSchema schema, DiagnosticBag bag)
    {
        var count = reader.FieldCount;
        var names = new string[count];
        for (var i = 0; i < count; i++)
        {
            names[i] = reader.GetString(i);
        }

        var start = new SourceLocation(path, checked((int)reader.LineNumber), 1);
        if (count == 1 && SeparatorOf(names[0]) is char separator)
        {
            bag.Add(DataErrors.NotCommaSeparated(start, separator));
            return null;
        }

        var fieldOf = Enumerable.Repeat(-1, schema.Columns.Count).ToArray();
        var firstField = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var unknown = new List<(int Field, string Name, string? Suggestion)>();
        var lastNamed = Array.FindLastIndex(names, n => n.Length > 0);
        var matched = 0;
        var candidates = schema.Columns.Select(c => c.Name).ToArray();

        for (var i = 0; i < count; i++)
        {
            var name = names[i];
            if (name.Length == 0)
            {
                // A run of empty names at the end is one mistake (a spreadsheet's touched cells), not many.
                if (i <= lastNamed || i == lastNamed + 1)
                {
                    bag.Add(DataErrors.EmptyColumnName(At(i), i <= lastNamed ? 1 : count - lastNamed - 1));
                }

                continue;
            }

            if (firstField.TryGetValue(name, out var first))
            {
                bag.Add(DataErrors.DuplicateColumn(At(i), name, At(first).Column));
                continue;
            }

            firstField[name] = i;
            if (name.StartsWith(AnnotationPrefix, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (schema.Find(name) is { } column)
            {
                fieldOf[column.Ordinal] = i;
                matched++;
            }
            else
            {
                unknown.Add((i, name, Suggestions.Closest(name, candidates)));
            }
        }

        // A first row that names no column at all is data, or another file: one message says so better than many.
        if (matched == 0 && unknown.Count > 0)
        {
            bag.Add(DataErrors.NotAHeader(start, schema.FileName, schema.HeaderRow));
            return null;
        }

        foreach (var (field, name, suggestion) in unknown)
        {
            bag.Add(DataErrors.UnknownColumn(At(field), name, suggestion));
        }

        foreach (var column in schema.Columns.Where(c => c.Required && fieldOf[c.Ordinal] < 0))
        {
            // A misspelt column is already reported as unknown, with this column as the suggestion.
            if (!unknown.Any(u => u.Suggestion == column.Name))
            {
                bag.Add(DataErrors.MissingColumn(start, column.Name, schema.HeaderRow));
            }
        }

        var cells = schema.Columns.Select(c => fieldOf[c.Ordinal] >= 0 ? At(fieldOf[c.Ordinal]) : start).ToArray();
        return new HeaderMap(count, fieldOf, cells);

        SourceLocation At(int field) => RecordPosition.OfField(reader, path, field);
    }

    private static char? SeparatorOf(string onlyCell) =>
        onlyCell.Contains(';', StringComparison.Ordinal) ? ';'
        : onlyCell.Contains('\t', StringComparison.Ordinal) ? '\t'
        : null;
}
