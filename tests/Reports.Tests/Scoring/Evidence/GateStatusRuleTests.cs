using Reports.Domain;
using Reports.Scoring.Evidence;
using Reports.Tests.Builders;
using static Reports.Tests.Scoring.Evidence.EvidenceWeeks;

namespace Reports.Tests.Scoring.Evidence;

/// <summary>Which status a gate has: computed when its rule's file has rows, else recorded, and both when they differ.</summary>
public sealed class GateStatusRuleTests
{
    [Fact]
    public void Should_keep_the_recorded_status_when_the_rules_file_is_absent()
    {
        var week = DataSetBuilder.PlanWeeks().WithPlanEvidence().WithComputedGates().EvaluateLatest();

        var g4 = week.Gate("G4");
        Assert.Equal((GateStatus.Pending, GateSource.Recorded, GateStatus.Pending), (g4.Status, g4.Source, g4.Recorded));
        Assert.Null(g4.Trace);
        Assert.Equal(GateSource.None, week.Gate("G5").Source);
        Assert.Equal(GateStatus.Unknown, week.Gate("G5").Status);
    }

    [Fact]
    public void Should_decide_with_the_computed_status_and_show_the_recorded_one_beside_it()
    {
        var week = PhaseTwo().WithComputedGates("G5").WithSlo("video-avail", "video", 99.5m)
            .WithSloDays(WindowFirst, Week, "video-avail", 990, 1000)
            .WithGate(Week, "G5", GateStatus.Pass)
            .WithPhaseGates(Week, 2, GateStatus.Pass)
            .WithRecorded(Week, Decision.Advance)
            .Latest();

        var g5 = week.Gate("G5");
        Assert.Equal((GateStatus.Fail, GateStatus.Pass), (g5.Status, g5.Recorded));
        Assert.Equal("recorded pass, but G5 fail: video-avail 99.00 % < 99.5 % over 2026-03-03…09", g5.Discrepancy);
        Assert.Contains("G5 fail: video-avail 99.00 % < 99.5 % over 2026-03-03…09 (recorded pass)", week.Trace.Select(t => t.Detail));
        Assert.Equal(Decision.Stay, week.Decision);
        Assert.Contains("G5 fail: video-avail 99.00 %", week.Discrepancy, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_advance_on_computed_gates_that_pass_where_nothing_was_recorded()
    {
        var week = PhaseTwo().WithComputedGates("G5", "G6", "G7")
            .WithSlo("video-avail", "video", 99.5m)
            .WithSloDays("2026-02-08", Week, "video-avail", 1000, 1000)
            .WithEvent("2026-02-20", EventKind.RunbookUpdate, EventOutcome.Done)
            .WithEvent("2026-03-05", EventKind.RollbackDrill, EventOutcome.Pass)
            .WithEvent("2026-03-05", EventKind.RedTeamSpotCheck, EventOutcome.Done)
            .Latest();

        Assert.All(week.PhaseGates, g => Assert.Equal((GateStatus.Pass, GateSource.Computed), (g.Status, g.Source)));
        Assert.Equal(Decision.Advance, week.Decision);
    }
}
