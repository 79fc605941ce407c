using System.Globalization;
using Reports.Data.Csv;
using Reports.Data.Values;
using Reports.Diagnostics;
using Reports.Domain;

namespace Reports.Data.Tables;

/// <summary><c>gate-results.csv</c>: one gate's status in one scored week.</summary>
internal static class GateResultsTable
{
    public static readonly CsvColumn WeekOf = new(0, "week_of", Required: true);
    public static readonly CsvColumn Gate = new(1, "gate", Required: true);
    public static readonly CsvColumn Status = new(2, "status", Required: true);
    public static readonly CsvColumn Evidence = new(3, "evidence");
    public static readonly CsvColumn Link = new(4, "link");

    public static readonly CsvSchema Schema = new(DataFiles.GateResults, [WeekOf, Gate, Status, Evidence, Link]);

    public static IReadOnlyList<GateResult> Read(string path, DiagnosticBag bag, KnownIds? gates, IReadOnlySet<DateOnly>? scoredWeeks, bool scoredWeeksPartial = false)
    {
        var results = new List<GateResult>();
        var unique = new UniqueKeys<(DateOnly Week, string Gate)>();

        CsvTableReader.Read(path, Schema, bag, row =>
        {
            var week = CellReader.Date(row, WeekOf);
            var gate = CellReader.RequiredText(row, Gate);
            var status = CellReader.Choice(row, Status, Choices.GateStatus);
            var evidence = CellReader.Markdown(row, Evidence);
            var link = CellReader.Link(row, Link);

            if (gate is not null)
            {
                References.Check(row, Gate, "gate", gate, gates, DataFiles.Gates);
            }

            if (week is DateOnly w)
            {
                if (scoredWeeks is not null && !scoredWeeks.Contains(w))
                {
                    row.Report(DataErrors.UnscoredWeek(row.At(WeekOf), Iso(w), "gate result", scoredWeeksPartial));
                }

                if (gate is not null)
                {
                    unique.Add((w, gate), row, WeekOf, k => $"result for week {Iso(k.Week)} and gate '{k.Gate}'");
                }
            }

            if (!row.HasErrors && week is DateOnly d && gate is not null && status is GateStatus s)
            {
                results.Add(new GateResult(d, gate, s, evidence, link));
            }
        });

        return results;
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
