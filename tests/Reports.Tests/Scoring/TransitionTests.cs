using Reports.Domain;
using static Reports.Tests.Builders.DataSetBuilder;

namespace Reports.Tests.Scoring;

/// <summary>Weeks in date order; each week's phase is the previous week's computed next phase.</summary>
public sealed class TransitionTests
{
    [Fact]
    public void Should_walk_from_phase_1_through_phase_2_into_phase_3()
    {
        var report = Empty()
            .WithWeek("2026-03-02", 4, 4, 4, 4, 4, 4)
            .WithWeek("2026-03-09", 4, 4, 4, 4, 4, 4)
            .WithWeek("2026-03-16", 4, 4, 4, 4, 4, 4)
            .WithAllGates(GateStatus.Pass)
            .Evaluate();

        Assert.Equal([1, 2, 3], report.Weeks.Select(w => w.Phase));
        Assert.Equal([Decision.Advance, Decision.Advance, Decision.Stay], report.Weeks.Select(w => w.Decision));
        Assert.Equal([2, 3, 3], report.Weeks.Select(w => w.NextPhase));
    }

    [Fact]
    public void Should_return_to_phase_1_after_a_freeze_and_apply_phase_1_rules()
    {
        var report = Empty()
            .WithWeek("2026-03-02", 4, 4, 4, 4, 4, 4)
            .WithWeek("2026-03-09", 3, 3, 3, 3, 3, 3)
            .WithWeek("2026-03-16", 4, 4, 4, 4, 4, 4)
            .WithAllGates(GateStatus.Pass)
            .WithPolicy(p => p with { StartPhase = 3 })
            .Evaluate();

        Assert.Equal([3, 3, 1], report.Weeks.Select(w => w.Phase));
        Assert.Equal([Decision.Stay, Decision.Freeze, Decision.Advance], report.Weeks.Select(w => w.Decision));
        Assert.Equal(75.00m, report.Weeks[1].Total);
    }

    [Fact]
    public void Should_evaluate_weeks_in_date_order_whatever_the_row_order()
    {
        var report = Empty()
            .WithWeek("2026-03-16", 1, 1, 1, 1, 1, 1)
            .WithWeek("2026-03-02", 4, 4, 4, 4, 4, 4)
            .WithAllGates(GateStatus.Pass)
            .Evaluate();

        Assert.Equal([Date("2026-03-02"), Date("2026-03-16")], report.Weeks.Select(w => w.WeekOf));
        Assert.Equal([1, 2], report.Weeks.Select(w => w.Phase));
        Assert.Equal(100.00m, report.Weeks[1].PreviousTotal);
        Assert.All(report.Weeks[1].Categories, c => Assert.Equal(4, c.PreviousScore));
    }

    [Fact]
    public void Should_find_a_week_by_date_and_name_the_latest()
    {
        var report = PlanWeeks().Evaluate();

        Assert.Equal(55.00m, report.Latest?.Total);
        Assert.Equal(46.25m, report.Find(Date(Week1))?.Total);
        Assert.Null(report.Find(Date("2026-01-01")));
    }

    [Fact]
    public void Should_report_no_weeks_when_nothing_is_scored()
    {
        var report = Empty().Evaluate();

        Assert.Empty(report.Weeks);
        Assert.Null(report.Latest);
    }

    [Fact]
    public void Should_ignore_a_recorded_decision_for_a_week_that_is_not_scored()
    {
        var report = PlanWeek1().WithRecorded("2026-01-05", Decision.Advance).Evaluate();

        Assert.Null(Assert.Single(report.Weeks).Recorded);
    }
}
