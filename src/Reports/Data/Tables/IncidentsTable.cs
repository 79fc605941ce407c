using Reports.Data.Csv;
using Reports.Data.Values;
using Reports.Diagnostics;
using Reports.Domain;

namespace Reports.Data.Tables;

/// <summary>
/// <c>incidents.csv</c>. Opened and resolved are dates or timestamps with Z or an offset, and count on their UTC
/// date; resolved is empty while the incident is open and never before opened.
/// </summary>
internal static class IncidentsTable
{
    public static readonly CsvColumn Id = new(0, "id", Required: true);
    public static readonly CsvColumn Severity = new(1, "severity", Required: true);
    public static readonly CsvColumn Pillar = new(2, "pillar", Required: true);
    public static readonly CsvColumn Title = new(3, "title", Required: true);
    public static readonly CsvColumn Opened = new(4, "opened", Required: true);
    public static readonly CsvColumn Resolved = new(5, "resolved");
    public static readonly CsvColumn Summary = new(6, "summary");
    public static readonly CsvColumn Link = new(7, "link");

    public static readonly CsvSchema Schema = new(DataFiles.Incidents, [Id, Severity, Pillar, Title, Opened, Resolved, Summary, Link]);

    public const string PillarsDefinedIn = "policy.csv under key 'pillars' (by default hydra;video;queue;socket;auth)";

    public static IReadOnlyList<Incident> Read(string path, DiagnosticBag bag, KnownIds? pillars)
    {
        var incidents = new List<Incident>();
        var unique = new UniqueKeys<string>(StringComparer.Ordinal);
        var caseOnly = new CaseOnlyDuplicates("incident id");

        CsvTableReader.Read(path, Schema, bag, row =>
        {
            var id = CellReader.RequiredText(row, Id);
            var severity = CellReader.Choice(row, Severity, Choices.Severity);
            var pillar = CellReader.RequiredText(row, Pillar);
            var title = CellReader.RequiredText(row, Title);
            var opened = CellReader.Moment(row, Opened);
            var resolved = CellReader.Moment(row, Resolved);
            var summary = CellReader.Markdown(row, Summary);
            var link = CellReader.Link(row, Link);

            if (id is not null)
            {
                caseOnly.Add(id, row, Id);
                unique.Add(id, row, Id, k => $"incident id '{k}'");
            }

            if (pillar is not null)
            {
                References.Check(row, Pillar, "pillar", pillar, pillars, PillarsDefinedIn);
            }

            if (opened is Moment start && resolved is Moment end && end.IsBefore(start))
            {
                row.Report(DataErrors.EndBeforeStart(row.At(Resolved), "resolved", row.Text(Resolved), "opened", row.Text(Opened)));
            }

            if (!row.HasErrors && id is not null && severity is Severity s && pillar is not null && title is not null && opened is Moment o)
            {
                incidents.Add(new Incident(id, s, pillar, title, o.UtcDate, resolved?.UtcDate, summary, link));
            }
        });

        return incidents;
    }
}
