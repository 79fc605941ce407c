using Reports.Data.Csv;
using Reports.Data.Values;
using Reports.Diagnostics;
using Reports.Domain;

namespace Reports.Data.Tables;

/// <summary>
/// <c>findings.csv</c>: tracked findings and workstreams. A finding whose status is <c>open</c> has no closed
/// date; every other status needs one, not before opened.
/// </summary>
internal static class FindingsTable
{
    public static readonly CsvColumn Id = new(0, "id", Required: true);
    public static readonly CsvColumn Title = new(1, "title", Required: true);
    public static readonly CsvColumn Priority = new(2, "priority", Required: true);
    public static readonly CsvColumn Source = new(3, "source", Required: true);
    public static readonly CsvColumn Status = new(4, "status", Required: true);
    public static readonly CsvColumn Opened = new(5, "opened", Required: true);
    public static readonly CsvColumn Closed = new(6, "closed");
    public static readonly CsvColumn Evidence = new(7, "evidence");
    public static readonly CsvColumn Owner = new(8, "owner");
    public static readonly CsvColumn Due = new(9, "due");
    public static readonly CsvColumn Link = new(10, "link");
    public static readonly CsvColumn Pillar = new(11, "pillar");
    public static readonly CsvColumn RegressionTest = new(12, "regression_test");

    public static readonly CsvSchema Schema = new(
        DataFiles.Findings, [Id, Title, Priority, Source, Status, Opened, Closed, Evidence, Owner, Due, Link, Pillar, RegressionTest]);

    /// <summary>The sources the plan names; matched ignoring case and stored in this spelling, which the rules compare with.</summary>
    private static readonly string[] KnownSources = [Finding.RedTeamSource, "known-issue", "hardening"];

    public static IReadOnlyList<Finding> Read(string path, DiagnosticBag bag, KnownIds? pillars)
    {
        var findings = new List<Finding>();
        var unique = new UniqueKeys<string>(StringComparer.Ordinal);
        var caseOnly = new CaseOnlyDuplicates("finding id");

        CsvTableReader.Read(path, Schema, bag, row =>
        {
            var id = CellReader.RequiredText(row, Id);
            var title = CellReader.RequiredText(row, Title);
            var priority = CellReader.Choice(row, Priority, Choices.Priority);
            var source = SourceOf(row);
            var status = CellReader.Choice(row, Status, Choices.FindingStatus);
            var opened = CellReader.Date(row, Opened);
            var closed = CellReader.Date(row, Closed);
            var evidence = CellReader.Markdown(row, Evidence);
            var owner = Optional(row, Owner);
            var due = CellReader.Date(row, Due);
            var link = CellReader.Link(row, Link);
            var pillar = Optional(row, Pillar);
            var regressionTest = CellReader.Markdown(row, RegressionTest);

            if (pillar is not null)
            {
                References.Check(row, Pillar, "pillar", pillar, pillars, IncidentsTable.PillarsDefinedIn);
            }

            if (id is not null)
            {
                caseOnly.Add(id, row, Id);
                unique.Add(id, row, Id, k => $"finding id '{k}'");
            }

            var hasClosedDate = row.Text(Closed).Length > 0;
            if (status == FindingStatus.Open && hasClosedDate)
            {
                row.Report(DataErrors.ClosedDateOnOpenFinding(row.At(Closed), row.Text(Closed)));
            }
            else if (status is not null && status != FindingStatus.Open && !hasClosedDate)
            {
                row.Report(DataErrors.MissingClosedDate(row.At(Status), row.Text(Status)));
            }

            if (opened is DateOnly start && closed is DateOnly end && end < start)
            {
                row.Report(DataErrors.EndBeforeStart(row.At(Closed), "closed", row.Text(Closed), "opened", row.Text(Opened)));
            }

            // The plan's G2: blockers are "fixed with regression tests". Only files that track tests are held to it:
            // without the column, the data says nothing either way.
            if (row.Has(RegressionTest) && status == FindingStatus.Fixed && priority is Domain.Priority.P0 or Domain.Priority.P1
                && regressionTest.Length == 0 && id is not null)
            {
                row.Report(DataErrors.FixedWithoutRegressionTest(row.At(RegressionTest), id, $"{priority}"));
            }

            if (!row.HasErrors && id is not null && title is not null && priority is Priority p && source is not null && status is FindingStatus s && opened is DateOnly o)
            {
                findings.Add(new Finding(id, title, p, source, s, o, closed, evidence)
                {
                    Owner = owner,
                    Due = due,
                    Link = link,
                    Pillar = pillar,
                    RegressionTest = regressionTest,
                });
            }
        });

        return findings;
    }

    private static string? Optional(SourceRow row, CsvColumn column) => row.Text(column) is { Length: > 0 } text ? text : null;

    private static string? SourceOf(SourceRow row)
    {
        var source = CellReader.RequiredText(row, Source);
        if (source is null)
        {
            return null;
        }

        var known = KnownSources.FirstOrDefault(k => string.Equals(k, source, StringComparison.OrdinalIgnoreCase));
        if (known is not null)
        {
            return known;
        }

        // Sources are open-ended, but a misspelt red-team silently drops a No-Go condition.
        var letters = new string(source.Where(char.IsLetter).ToArray());
        if (string.Equals(letters, "redteam", StringComparison.OrdinalIgnoreCase) || Suggestions.Distance(source, Finding.RedTeamSource) <= 2)
        {
            row.Report(DataErrors.SourceLooksLikeRedTeam(row.At(Source), source));
        }

        return source;
    }
}
