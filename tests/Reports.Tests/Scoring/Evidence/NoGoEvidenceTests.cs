using Reports.Domain;
using Reports.Scoring;
using Reports.Tests.Builders;
using static Reports.Tests.Scoring.Evidence.EvidenceWeeks;

namespace Reports.Tests.Scoring.Evidence;

/// <summary>The two No-Go conditions the evidence measures: consecutive SLO misses of a pillar, a failing smoke check.</summary>
public sealed class NoGoEvidenceTests
{
    [Fact]
    public void Should_be_active_when_a_pillar_misses_the_windows_first_two_days()
    {
        var week = TwoSlos().WithSloDay(WindowFirst, "video-avail", 0, 10).WithSloDay("2026-03-04", "video-start", 0, 10).Latest();

        var condition = week.NoGo("slo-consecutive-miss");
        Assert.Equal(ConditionState.Active, condition.State);
        Assert.Equal("video missed 2026-03-03, 2026-03-04", condition.Detail);
        Assert.Equal(Decision.Stay, week.Decision);
    }

    [Fact]
    public void Should_be_active_when_a_pillar_misses_the_windows_last_two_days()
    {
        var week = TwoSlos().WithSloDay("2026-03-08", "video-avail", 0, 10).WithSloDay(Week, "video-avail", 0, 10).Latest();

        Assert.Equal(ConditionState.Active, week.NoGo("slo-consecutive-miss").State);
    }

    [Fact]
    public void Should_not_count_a_miss_on_the_day_before_the_window()
    {
        var week = TwoSlos().WithSloDay("2026-03-02", "video-avail", 0, 10).WithSloDay(WindowFirst, "video-avail", 0, 10).Latest();

        Assert.Equal(ConditionState.Clear, week.NoGo("slo-consecutive-miss").State);
    }

    [Fact]
    public void Should_not_join_misses_of_two_pillars_nor_a_day_without_traffic()
    {
        var pillars = TwoSlos().WithSlo("q", "queue", 99m)
            .WithSloDay("2026-03-05", "video-avail", 0, 10).WithSloDay("2026-03-06", "q", 0, 10).Latest();
        var gap = TwoSlos()
            .WithSloDay("2026-03-05", "video-avail", 0, 10).WithSloDay("2026-03-06", "video-avail", 0, 0).WithSloDay("2026-03-07", "video-avail", 0, 10).Latest();

        Assert.Equal(ConditionState.Clear, pillars.NoGo("slo-consecutive-miss").State);
        Assert.Equal(ConditionState.Clear, gap.NoGo("slo-consecutive-miss").State);
    }

    [Fact]
    public void Should_be_clear_outside_phase_2_and_not_measured_without_slos()
    {
        var phaseOne = DataSetBuilder.PlanWeek2().WithSlo("s", "video", 99m).WithSloDays("2026-02-10", "2026-02-18", "s", 0, 10).EvaluateLatest();
        var none = DataSetBuilder.PlanWeek2().EvaluateLatest();

        Assert.Equal(("no validation window", ConditionState.Clear), (phaseOne.NoGo("slo-consecutive-miss").Detail, phaseOne.NoGo("slo-consecutive-miss").State));
        Assert.Equal(ConditionState.NotMeasured, none.NoGo("slo-consecutive-miss").State);
        Assert.Contains("slo-consecutive-miss", none.NotMeasuredNoGoCodes);
        Assert.DoesNotContain("slo-consecutive-miss", phaseOne.NotMeasuredNoGoCodes);
    }

    [Fact]
    public void Should_be_active_after_three_failed_required_smoke_runs_ignoring_cancelled_and_optional_ones()
    {
        var week = DataSetBuilder.PlanWeek2()
            .WithRun("chromium-smoke", "2026-02-15T10:00:00Z", CiResult.Pass)
            .WithRun("chromium-smoke", "2026-02-16T10:00:00Z", CiResult.Fail)
            .WithRun("chromium-smoke", "2026-02-16T11:00:00Z", CiResult.Cancelled)
            .WithRun("chromium-smoke", "2026-02-16T12:00:00Z", CiResult.Pass, required: false)
            .WithRun("chromium-smoke", "2026-02-17T10:00:00Z", CiResult.Fail)
            .WithRun("chromium-smoke", "2026-02-18T10:00:00Z", CiResult.Fail)
            .EvaluateLatest();

        Assert.Equal(ConditionState.Active, week.NoGo("smoke-e2e-failing").State);
        Assert.Equal(3, week.Evidence.Ci.SmokeFailuresInARow);
    }

    [Fact]
    public void Should_count_a_run_at_2330_minus_5_on_the_next_utc_day()
    {
        var data = DataSetBuilder.PlanWeek2().WithWeek("2026-02-19", 3, 1, 3, 2, 2, 3)
            .WithRun("chromium-smoke", "2026-02-16T10:00:00Z", CiResult.Fail)
            .WithRun("chromium-smoke", "2026-02-17T10:00:00Z", CiResult.Fail)
            .WithRun("chromium-smoke", "2026-02-18T23:30:00-05:00", CiResult.Fail);

        var weeks = data.Evaluate().Weeks;

        // 23:30 at −05:00 on the 18th is 04:30Z on the 19th: not yet a run of the week of the 18th.
        Assert.Equal(ConditionState.Clear, weeks[0].NoGo("smoke-e2e-failing").State);
        Assert.Equal(2, weeks[0].Evidence.Ci.SmokeFailuresInARow);
        Assert.Equal(ConditionState.Active, weeks[1].NoGo("smoke-e2e-failing").State);
    }

    [Fact]
    public void Should_be_clear_with_fewer_failed_runs_than_needed_and_not_measured_without_runs()
    {
        var two = DataSetBuilder.PlanWeek2()
            .WithRun("chromium-smoke", "2026-02-17", CiResult.Fail).WithRun("chromium-smoke", "2026-02-18", CiResult.Fail).EvaluateLatest();
        var otherCheckOnly = DataSetBuilder.PlanWeek2().WithRun("typecheck", "2026-02-18", CiResult.Fail).EvaluateLatest();

        Assert.Equal(ConditionState.Clear, two.NoGo("smoke-e2e-failing").State);
        Assert.Equal(ConditionState.NotMeasured, otherCheckOnly.NoGo("smoke-e2e-failing").State);
        Assert.Equal("no required chromium-smoke run on or before 2026-02-18", otherCheckOnly.NoGo("smoke-e2e-failing").Detail);
    }

    private static DataSetBuilder TwoSlos() => PhaseTwo()
        .WithSlo("video-avail", "video", 99m)
        .WithSlo("video-start", "video", 99m);
}
