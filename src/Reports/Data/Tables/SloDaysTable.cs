using System.Globalization;
using Reports.Data.Csv;
using Reports.Data.Values;
using Reports.Diagnostics;
using Reports.Domain;

namespace Reports.Data.Tables;

/// <summary><c>slo-days.csv</c>: one SLO's good and total events on one UTC day; at most one row per day and SLO.</summary>
internal static class SloDaysTable
{
    public static readonly CsvColumn Date = new(0, "date", Required: true);
    public static readonly CsvColumn Slo = new(1, "slo", Required: true);
    public static readonly CsvColumn Good = new(2, "good", Required: true);
    public static readonly CsvColumn Total = new(3, "total", Required: true);
    public static readonly CsvColumn Note = new(4, "note");

    public static readonly CsvSchema Schema = new(DataFiles.SloDays, [Date, Slo, Good, Total, Note]);

    public static IReadOnlyList<SloDay> Read(string path, DiagnosticBag bag, KnownIds? slos)
    {
        var days = new List<SloDay>();
        var unique = new UniqueKeys<(DateOnly Date, string Slo)>();

        CsvTableReader.Read(path, Schema, bag, row =>
        {
            var date = CellReader.Date(row, Date);
            var slo = CellReader.RequiredText(row, Slo);
            var good = CellReader.Count(row, Good);
            var total = CellReader.Count(row, Total);
            var note = row.Text(Note);

            if (slo is not null)
            {
                References.Check(row, Slo, "SLO", slo, slos, DataFiles.Slos);
                if (date is DateOnly d)
                {
                    unique.Add((d, slo), row, Date, k => $"result for {k.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} and SLO '{k.Slo}'");
                }
            }

            if (good is long g && total is long t && g > t)
            {
                row.Report(DataErrors.GoodExceedsTotal(row.At(Good), g, t));
            }

            if (!row.HasErrors && date is DateOnly day && slo is not null && good is long ok && total is long all)
            {
                days.Add(new SloDay(day, slo, ok, all, note));
            }
        });

        return days;
    }
}
