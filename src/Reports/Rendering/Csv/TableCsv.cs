using System.Globalization;
using CsvHelper;
using Reports.Rendering.Charts;

namespace Reports.Rendering.Csv;

/// <summary>
/// A table a page shows, as a CSV file a reader can take away: RFC 4180, UTF-8, LF line ends, the header row first.
/// Cells are text from the data, so a cell a spreadsheet would run as a formula (starting with = + - @, tab or CR) is
/// prefixed with ' as OWASP recommends; "+8.75" opens as the text +8.75.
/// </summary>
public static class TableCsv
{
    private static readonly CsvWriterOptions Options = CsvWriterOptions.Default with
    {
        NewLine = "\n",
        Injection = CsvInjection.Escape,
        FormatProvider = CultureInfo.InvariantCulture,
    };

    public static string Write(ChartTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        using StringWriter text = new(CultureInfo.InvariantCulture);
        using (CsvWriter csv = CsvWriter.Create(text, Options, leaveOpen: true))
        {
            csv.WriteRecord([.. table.Headers]);
            foreach (IReadOnlyList<string> row in table.Rows)
            {
                csv.WriteRecord([.. row]);
            }
        }

        return text.ToString();
    }
}
