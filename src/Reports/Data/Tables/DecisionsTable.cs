using System.Globalization;
using Reports.Data.Csv;
using Reports.Data.Values;
using Reports.Diagnostics;
using Reports.Domain;

namespace Reports.Data.Tables;

/// <summary><c>decisions.csv</c> (optional): the decision the review recorded, at most one per scored week.</summary>
internal static class DecisionsTable
{
    public static readonly CsvColumn WeekOf = new(0, "week_of", Required: true);
    public static readonly CsvColumn Decision = new(1, "decision", Required: true);
    public static readonly CsvColumn Note = new(2, "note");

    public static readonly CsvSchema Schema = new(DataFiles.Decisions, [WeekOf, Decision, Note]);

    public static IReadOnlyList<RecordedDecision> Read(string path, DiagnosticBag bag, IReadOnlySet<DateOnly>? scoredWeeks, bool scoredWeeksPartial = false)
    {
        var decisions = new List<RecordedDecision>();
        var unique = new UniqueKeys<DateOnly>();

        CsvTableReader.Read(path, Schema, bag, row =>
        {
            var week = CellReader.Date(row, WeekOf);
            var decision = CellReader.Choice(row, Decision, Choices.Decision);
            var note = row.Text(Note);

            if (week is DateOnly w)
            {
                if (scoredWeeks is not null && !scoredWeeks.Contains(w))
                {
                    row.Report(DataErrors.UnscoredWeek(row.At(WeekOf), Iso(w), "decision", scoredWeeksPartial));
                }

                unique.Add(w, row, WeekOf, k => $"decision for week {Iso(k)}");
            }

            if (!row.HasErrors && week is DateOnly d && decision is Domain.Decision value)
            {
                decisions.Add(new RecordedDecision(d, value, note));
            }
        });

        return decisions;
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
