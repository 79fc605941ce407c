using Reports.Domain;
using Reports.Tests.Builders;
using static Reports.Tests.Scoring.Evidence.EvidenceWeeks;

namespace Reports.Tests.Scoring.Evidence;

/// <summary>G6 (a passed rollback drill in the validation window and a runbook update), G8 and the §9 cadence.</summary>
public sealed class OperationsTests
{
    [Fact]
    public void Should_pass_g6_with_a_drill_on_the_windows_first_day_and_a_runbook_update_before()
    {
        var week = PhaseTwo().WithComputedGates("G6")
            .WithEvent("2026-02-20", EventKind.RunbookUpdate, EventOutcome.Done)
            .WithEvent(WindowFirst, EventKind.RollbackDrill, EventOutcome.Pass)
            .Latest();

        Assert.Equal("G6 pass: rollback drill passed on 2026-03-03 in the validation window 2026-03-03…09; runbook updated on 2026-02-20", week.Gate("G6").Trace);
    }

    [Fact]
    public void Should_not_count_a_drill_on_the_day_the_project_advanced()
    {
        var week = PhaseTwo().WithComputedGates("G6")
            .WithEvent("2026-02-20", EventKind.RunbookUpdate, EventOutcome.Done)
            .WithEvent(Advance, EventKind.RollbackDrill, EventOutcome.Pass)
            .Latest();

        Assert.Equal("G6 pending: no rollback drill in the validation window 2026-03-03…09", week.Gate("G6").Trace);
    }

    [Fact]
    public void Should_fail_g6_when_every_drill_in_the_window_failed()
    {
        var week = PhaseTwo().WithComputedGates("G6")
            .WithEvent(Week, EventKind.RollbackDrill, EventOutcome.Fail)
            .Latest();

        Assert.Equal(GateStatus.Fail, week.Gate("G6").Status);
    }

    [Fact]
    public void Should_fail_g8_in_any_phase_when_a_freeze_trigger_holds()
    {
        var week = DataSetBuilder.PlanWeek2().WithComputedGates("G8").EvaluateLatest();
        var top = DataSetBuilder.TopScores().WithComputedGates("G8").EvaluateLatest();

        Assert.Equal(GateStatus.Fail, week.Gate("G8").Status);
        Assert.StartsWith("G8 fail: total-below-freeze: total 55.00 < 85", week.Gate("G8").Trace, StringComparison.Ordinal);
        Assert.Equal("G8 pass: no freeze trigger holds", top.Gate("G8").Trace);
    }

    [Theory]
    [InlineData("2026-02-07", false)] // 30 days before 2026-03-09
    [InlineData("2026-02-06", true)] // 31 days
    public void Should_flag_a_rollback_drill_overdue_after_more_than_30_days(string lastDrill, bool overdue)
    {
        var week = PhaseTwo()
            .WithEvent(lastDrill, EventKind.RollbackDrill, EventOutcome.Fail)
            .WithEvent(Week, EventKind.RedTeamSpotCheck, EventOutcome.Done)
            .Latest();

        Assert.Equal(overdue ? [EventKind.RollbackDrill] : [], week.Evidence.Overdue);
    }

    [Fact]
    public void Should_count_the_cadence_from_the_first_scored_week_and_not_at_all_without_events()
    {
        var weeks = PhaseTwo().WithWeek("2026-03-17", 4, 4, 4, 4, 4, 4).WithEvent("2026-03-17", EventKind.RunbookUpdate, EventOutcome.Done).Evaluate().Weeks;
        var none = PhaseTwo().Latest();

        Assert.Empty(weeks[1].Evidence.Overdue); // 7 days since 2026-03-02
        Assert.Equal([EventKind.RedTeamSpotCheck], weeks[2].Evidence.Overdue); // 15 days > 14
        Assert.Empty(none.Evidence.Overdue);
    }
}
