using System.Globalization;
using Reports.Data.Csv;
using Reports.Diagnostics;
using Reports.Rendering.Markdown;

namespace Reports.Data.Values;

/// <summary>
/// Reads typed values from the cells of a row. Each method reports what is wrong with its cell and returns null
/// then; an empty optional cell is null too (<see cref="SourceRow.HasErrors"/> tells the two apart). A column the
/// header lacks reads as null without a report: the header check has reported it once.
/// </summary>
internal static class CellReader
{
    /// <summary>The text of a required cell; null (and reported) when empty.</summary>
    public static string? RequiredText(SourceRow row, CsvColumn column)
    {
        if (!row.Has(column))
        {
            return null;
        }

        var text = row.Text(column);
        if (text.Length == 0)
        {
            row.Report(DataErrors.MissingValue(row.At(column), column.Name));
            return null;
        }

        return text;
    }

    /// <summary>
    /// The text of a Markdown cell, reported at the line and column where it nests deeper than a page may
    /// (<see cref="MarkdownNesting.MaxDepth"/>): such text would stall or break the build.
    /// </summary>
    public static string Markdown(SourceRow row, CsvColumn column)
    {
        var text = row.Text(column);
        if (text.Length > 0 && MarkdownNesting.Find(text) is { } deep)
        {
            var cell = row.At(column);
            var at = deep.Line == 1
                ? cell with { Column = cell.Column + deep.Column - 1 }
                : cell with { Line = cell.Line + deep.Line - 1, Column = deep.Column };
            row.Report(DataErrors.MarkdownTooDeep(at, column.Name, deep.Depth, MarkdownNesting.MaxDepth));
        }

        return text;
    }

    public static DateOnly? Date(SourceRow row, CsvColumn column)
    {
        var text = Value(row, column);
        if (text is null)
        {
            return null;
        }

        switch (IsoDates.ParseDate(text, out var date, out var reason))
        {
            case DateShape.Valid:
                return date;
            case DateShape.Impossible:
                row.Report(DataErrors.ImpossibleDate(row.At(column), column.Name, text, reason!));
                return null;
            default:
                row.Report(DataErrors.InvalidDate(row.At(column), column.Name, text, timestampAllowed: false, IsoDates.Hint(text, timestampAllowed: false)));
                return null;
        }
    }

    /// <summary>A date or a timestamp with an offset (incidents' opened and resolved).</summary>
    public static Moment? Moment(SourceRow row, CsvColumn column)
    {
        var text = Value(row, column);
        if (text is null)
        {
            return null;
        }

        switch (IsoDates.ParseMoment(text, out var moment, out var reason))
        {
            case DateShape.Valid:
                return moment;
            case DateShape.Impossible:
                row.Report(DataErrors.ImpossibleDate(row.At(column), column.Name, text, reason!));
                return null;
            case DateShape.NoOffset:
                row.Report(DataErrors.TimestampWithoutOffset(row.At(column), column.Name, text));
                return null;
            default:
                row.Report(DataErrors.InvalidDate(row.At(column), column.Name, text, timestampAllowed: true, IsoDates.Hint(text, timestampAllowed: true)));
                return null;
        }
    }

    public static int? WholeNumber(SourceRow row, CsvColumn column, int min, int max, string? label = null)
    {
        var text = Value(row, column);
        if (text is null)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
        {
            return value;
        }

        // A whole number, even one too large for int, is out of range; anything else is not a whole number.
        var name = label ?? column.Name;
        var isWhole = decimal.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _);
        row.Report(isWhole
            ? DataErrors.OutOfRange(row.At(column), name, text, Range(min, max))
            : DataErrors.NotAWholeNumber(row.At(column), name, text, Range(min, max)));
        return null;
    }

    public static decimal? Number(SourceRow row, CsvColumn column, decimal min, decimal max, string? label = null)
    {
        var text = Value(row, column);
        if (text is null)
        {
            return null;
        }

        var name = label ?? column.Name;
        if (!decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            row.Report(DataErrors.NotANumber(row.At(column), name, text, Range(min, max)));
            return null;
        }

        if (value < min || value > max)
        {
            row.Report(DataErrors.OutOfRange(row.At(column), name, text, Range(min, max)));
            return null;
        }

        return value;
    }

    /// <summary>The largest count of events a cell may hold: sums over a year stay exact in decimal arithmetic.</summary>
    public const long MaxCount = 999_999_999_999_999;

    /// <summary>A count of events: a whole number from 0 to <see cref="MaxCount"/>.</summary>
    public static long? Count(SourceRow row, CsvColumn column)
    {
        var text = Value(row, column);
        if (text is null)
        {
            return null;
        }

        if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) && value >= 0 && value <= MaxCount)
        {
            return value;
        }

        var range = string.Create(CultureInfo.InvariantCulture, $"0 to {MaxCount}");
        row.Report(decimal.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _)
            ? DataErrors.OutOfRange(row.At(column), column.Name, text, range)
            : DataErrors.NotAWholeNumber(row.At(column), column.Name, text, range));
        return null;
    }

    /// <summary>A percent strictly between 0 and 100 (an SLO objective: 100 % leaves no error budget, 0 % is no objective).</summary>
    public static decimal? Percent(SourceRow row, CsvColumn column)
    {
        var text = Value(row, column);
        if (text is null)
        {
            return null;
        }

        if (!decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            row.Report(DataErrors.NotANumber(row.At(column), column.Name, text, "more than 0 to less than 100"));
            return null;
        }

        if (value <= 0m || value >= 100m)
        {
            row.Report(DataErrors.ObjectiveOutOfRange(row.At(column), column.Name, text));
            return null;
        }

        return value;
    }

    public static T? Choice<T>(SourceRow row, CsvColumn column, ChoiceSet<T> choices)
        where T : struct
    {
        var text = Value(row, column);
        if (text is null)
        {
            return null;
        }

        var value = choices.Find(text);
        if (value is null)
        {
            row.Report(DataErrors.InvalidChoice(row.At(column), column.Name, text, choices.Texts, choices.Suggest(text)));
        }

        return value;
    }

    /// <summary>An absolute http(s) URL, or null for an empty cell. Anything else (<c>javascript:</c>, <c>data:</c>, a relative path) is an error.</summary>
    public static string? Link(SourceRow row, CsvColumn column)
    {
        var text = Value(row, column);
        if (text is null)
        {
            return null;
        }

        var isWebLink = Uri.TryCreate(text, UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            && uri.Host.Length > 0
            && !text.Any(char.IsWhiteSpace);
        if (!isWebLink)
        {
            row.Report(DataErrors.InvalidLink(row.At(column), column.Name, text));
            return null;
        }

        return text;
    }

    /// <summary>The text of a cell to parse: null when it is empty (reported if the column is required) or absent.</summary>
    private static string? Value(SourceRow row, CsvColumn column) =>
        column.Required ? RequiredText(row, column) : row.Has(column) && row.Text(column) is { Length: > 0 } text ? text : null;

    private static string Range(decimal min, decimal max) =>
        string.Create(CultureInfo.InvariantCulture, $"{min} to {max}");
}
