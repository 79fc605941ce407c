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
    public static readonly CsvColumn Class = new(8, "class");
    public static readonly CsvColumn Owner = new(9, "owner");

    public static readonly CsvSchema Schema = new(DataFiles.Incidents, [Id, Severity, Pillar, Title, Opened, Resolved, Summary, Link, Class, Owner]);

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
            var incidentClass = ClassOf(row);
            var owner = row.Text(Owner) is { Length: > 0 } o0 ? o0 : null;

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
                incidents.Add(new Incident(id, s, pillar, title, o.UtcDate, resolved?.UtcDate, summary, link) { Class = incidentClass, Owner = owner });
            }
        });

        return incidents;
    }

    /// <summary>A short slug, compared in lower case so that <c>Bootstrap-Deadlock</c> repeats <c>bootstrap-deadlock</c>.</summary>
    private static string? ClassOf(SourceRow row)
    {
        var text = row.Text(Class);
        if (text.Length == 0)
        {
            return null;
        }

        var slug = text.ToLowerInvariant();
        var valid = slug.Length <= 64
            && slug.Split('-').All(part => part.Length > 0 && part.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9')));
        if (!valid)
        {
            row.Report(DataErrors.InvalidIncidentClass(row.At(Class), text));
            return null;
        }

        return slug;
    }
}
