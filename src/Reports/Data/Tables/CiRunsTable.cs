using Reports.Data.Csv;
using Reports.Data.Values;
using Reports.Diagnostics;
using Reports.Domain;

namespace Reports.Data.Tables;

/// <summary>
/// <c>ci-runs.csv</c>: finished CI runs, one per row. Finished is a date or a timestamp with Z or an offset and counts
/// on its UTC date; a date alone is its midnight UTC. Required is <c>yes</c> unless it says <c>no</c>.
/// </summary>
internal static class CiRunsTable
{
    public static readonly CsvColumn Check = new(0, "check", Required: true);
    public static readonly CsvColumn Finished = new(1, "finished", Required: true);
    public static readonly CsvColumn Result = new(2, "result", Required: true);
    public static readonly CsvColumn Required = new(3, "required");
    public static readonly CsvColumn Commit = new(4, "commit");
    public static readonly CsvColumn Link = new(5, "link");

    public static readonly CsvSchema Schema = new(DataFiles.CiRuns, [Check, Finished, Result, Required, Commit, Link]);

    public static IReadOnlyList<CiRun> Read(string path, DiagnosticBag bag)
    {
        var runs = new List<CiRun>();

        CsvTableReader.Read(path, Schema, bag, row =>
        {
            var check = CellReader.RequiredText(row, Check);
            var finished = CellReader.Moment(row, Finished);
            var result = CellReader.Choice(row, Result, Choices.CiResult);
            var required = CellReader.Choice(row, Required, Choices.YesNo) ?? true;
            var commit = row.Text(Commit);
            var link = CellReader.Link(row, Link);

            if (!row.HasErrors && check is not null && finished is Moment at && result is CiResult r)
            {
                runs.Add(new CiRun(check, Instant(at), r, required, commit, link));
            }
        });

        return runs;
    }

    private static DateTimeOffset Instant(Moment at) =>
        at.Instant?.ToUniversalTime() ?? new DateTimeOffset(at.UtcDate.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
}
