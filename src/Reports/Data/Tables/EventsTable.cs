using Reports.Data.Csv;
using Reports.Data.Values;
using Reports.Diagnostics;
using Reports.Domain;

namespace Reports.Data.Tables;

/// <summary><c>events.csv</c>: operational events (drills, rehearsals, spot checks, runbook updates, rollbacks), one per row.</summary>
internal static class EventsTable
{
    public static readonly CsvColumn Date = new(0, "date", Required: true);
    public static readonly CsvColumn Kind = new(1, "kind", Required: true);
    public static readonly CsvColumn Outcome = new(2, "outcome", Required: true);
    public static readonly CsvColumn Title = new(3, "title");
    public static readonly CsvColumn Link = new(4, "link");
    public static readonly CsvColumn Note = new(5, "note");

    public static readonly CsvSchema Schema = new(DataFiles.Events, [Date, Kind, Outcome, Title, Link, Note]);

    public static IReadOnlyList<OperationalEvent> Read(string path, DiagnosticBag bag)
    {
        var events = new List<OperationalEvent>();

        CsvTableReader.Read(path, Schema, bag, row =>
        {
            var date = CellReader.Date(row, Date);
            var kind = CellReader.Choice(row, Kind, Choices.EventKind);
            var outcome = CellReader.Choice(row, Outcome, Choices.EventOutcome);
            var title = row.Text(Title);
            var link = CellReader.Link(row, Link);
            var note = CellReader.Markdown(row, Note);

            if (!row.HasErrors && date is DateOnly d && kind is EventKind k && outcome is EventOutcome o)
            {
                events.Add(new OperationalEvent(d, k, o, title, link, note));
            }
        });

        return events;
    }
}
