using Reports.Archive;
using Reports.Data;
using Reports.Domain;
using Reports.History;

namespace Reports.Tests.History;

public sealed class WeekComparisonTests
{
    private static WeekSide Side(decimal total, GateStatus g1, string[] noGo, string[] findings) => new(
        new DateOnly(2026, 2, 17),
        1,
        total,
        Decision.Stay,
        1,
        [new WeekSideCategory("ci", "Test and CI Strength", 3, 11.25m)],
        [new WeekSideGate("G1", "Instrumentation", g1, null), new WeekSideGate("G2", "Blockers", GateStatus.Fail, null)],
        noGo,
        [],
        [],
        findings);

    [Fact]
    public void Should_list_only_the_gates_conditions_and_findings_that_differ()
    {
        var before = Side(46.25m, GateStatus.Fail, ["open-redteam-p0p1"], ["KI-1", "M-1"]);
        var after = Side(55m, GateStatus.Pass, [], ["M-1", "WS-3"]);

        var changes = WeekComparison.Between(before, after);

        Assert.Equal([new GateChange("G1", "Instrumentation", GateStatus.Fail, GateStatus.Pass)], changes.Gates);
        Assert.Equal(["open-redteam-p0p1"], changes.NoGo.Removed);
        Assert.Empty(changes.NoGo.Added);
        Assert.Equal(["WS-3"], changes.UnresolvedFindings.Added);
        Assert.Equal(["KI-1"], changes.UnresolvedFindings.Removed);
        Assert.Empty(changes.Categories);
    }

    [Fact]
    public void Should_compare_slo_verdicts_only_when_both_sides_state_them()
    {
        var before = Side(46.25m, GateStatus.Fail, [], []) with { SloVerdicts = [new("video-join", "met"), new("auth", "met")] };
        var after = before with { SloVerdicts = [new("video-join", "missed"), new("auth", "met")] };

        Assert.Equal([new VerdictChange("video-join", "met", "missed")], WeekComparison.Between(before, after).Slos);
        Assert.Empty(WeekComparison.Between(before with { SloVerdicts = null }, after).Slos);
    }

    [Fact]
    public void Should_read_an_archived_report_as_it_was_published()
    {
        var data = DataFolderLoader.Load(TestPrograms.PlanData);
        Assert.True(data.Succeeded, string.Join("\n", data.Diagnostics));
        var snapshot = ArchiveReader.List(TestPrograms.PlanData).Single(s => s.WeekOf == new DateOnly(2026, 2, 17));

        var side = ArchivedReport.Read(snapshot, data.Value!)!;

        Assert.Equal(46.25m, side.Total);
        Assert.Equal(Decision.Stay, side.Decision);
        Assert.Equal(6, side.Categories.Count);
        Assert.Equal(new WeekSideCategory("measurement", "Measurement Completeness", 2, 10m), side.Categories[0]);
        Assert.Equal(["open-redteam-p0p1"], side.NoGo);
        Assert.Equal(9, side.UnresolvedFindings.Count);
        Assert.Contains(side.Gates, g => g.Id == "G1" && g.Status == GateStatus.Fail);
        Assert.Null(side.SloVerdicts);
    }
}
