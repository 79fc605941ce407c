using System.Text;
using Reports.Archive;
using Reports.Data;
using Reports.Scoring;
using Reports.Tests.Site;

namespace Reports.Tests.Archive;

/// <summary>A snapshot keeps the rows its week was computed from, byte for byte, and they compute the week again.</summary>
public sealed class ArchivedRowsTests : IDisposable
{
    private readonly SiteFolder folder = new();

    public ArchivedRowsTests() => PhaseTwoData.WriteTo(folder);

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Should_keep_the_weeks_own_rows_as_the_file_holds_them()
    {
        var rows = Extract(PhaseTwoData.Week2);

        Assert.Equal(
            "week_of,category,score,rationale\n"
            + "2026-03-09,reliability,3,\"Two lines\r\nof rationale, with a comma\"\n"
            + " 2026-03-09 ,security,4,Strong\n",
            rows["data/scores.csv"]);
        Assert.Equal("week_of,gate,status,evidence,link\n2026-03-09,G1,pass,Done,\n2026-03-09,G5,pending,Window open,\n", rows["data/gate-results.csv"]);
        Assert.Equal("week_of,decision,note\n", rows["data/decisions.csv"]);
    }

    [Fact]
    public void Should_keep_every_definition_and_only_what_was_open_that_week()
    {
        var rows = Extract(PhaseTwoData.Week2);

        Assert.Equal(PhaseTwoData.Rubric, rows["data/rubric.csv"]);
        Assert.Equal("id,phase,name,criteria\nG1,1,Instrumentation,Events present\nG5,2,SLO attainment,All SLOs met\n", rows["data/gates.csv"]);
        Assert.Equal("id,severity,pillar,title,opened,resolved,summary,link\nINC-2,sev3,queue,Queue lag,2026-03-05T23:30:00-08:00,,Open,\n", rows["data/incidents.csv"]);
        Assert.Equal("id,title,priority,source,status,opened,closed,evidence,x_owner\nF-2,Open thing,P1,known-issue,open,2026-03-01,,Work,bob\n", rows["data/findings.csv"]);
        Assert.False(rows.ContainsKey("data/policy.csv"), "an optional file the data lacks stays absent");
    }

    [Fact]
    public void Should_compute_the_week_again_from_its_rows_in_the_phase_it_was_published_in()
    {
        var program = Evaluate(folder.Data);
        var live = program.Find(Date(PhaseTwoData.Week2))!;
        using var snapshot = new SiteFolder();
        foreach (var (path, bytes) in ArchivedRows.Extract(folder.Data, program.Data, live))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(snapshot.PathOf(path))!);
            File.WriteAllBytes(snapshot.PathOf(path), bytes);
        }

        var rows = ArchivedRows.Load(snapshot.Root);
        var manifest = new ArchiveManifest(1, live.WeekOf, live.Total, live.Decision, live.Phase, "sha256:test", []);
        var again = Restatements.Evaluate(rows!.Value!, new ArchivedSnapshot(live.WeekOf, snapshot.Root, manifest)).Find(live.WeekOf)!;

        Assert.True(rows.Succeeded, string.Join("\n", rows.Diagnostics));
        Assert.Equal(2, live.Phase);
        Assert.Equal((live.Phase, live.Total, live.Decision, live.NextPhase), (again.Phase, again.Total, again.Decision, again.NextPhase));
        Assert.Equal(live.OpenIncidents.Select(i => i.Id), again.OpenIncidents.Select(i => i.Id));
        Assert.Equal(live.UnresolvedFindings.Select(f => f.Id), again.UnresolvedFindings.Select(f => f.Id));
        Assert.Equal(live.Trace.Select(t => t.Detail), again.Trace.Select(t => t.Detail));
        Assert.Equal(1, ProgramEvaluator.Evaluate(rows.Value!).Latest!.Phase); // what the rows alone would say: why the manifest's phase is used
    }

    [Fact]
    public void Should_have_no_rows_to_load_in_a_snapshot_that_keeps_none()
    {
        using var handMade = new SiteFolder();
        handMade.Write("index.html", "<h1>Week</h1>");

        Assert.Null(ArchivedRows.Load(handMade.Root));
    }

    private Dictionary<string, string> Extract(string week)
    {
        var program = Evaluate(folder.Data);
        return ArchivedRows.Extract(folder.Data, program.Data, program.Find(Date(week))!).ToDictionary(f => f.Key, f => Encoding.UTF8.GetString(f.Value), StringComparer.Ordinal);
    }

    private static ProgramReport Evaluate(string data)
    {
        var loaded = DataFolderLoader.Load(data);
        Assert.True(loaded.Succeeded, string.Join("\n", loaded.Diagnostics));
        return ProgramEvaluator.Evaluate(loaded.Value!);
    }

    private static DateOnly Date(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
