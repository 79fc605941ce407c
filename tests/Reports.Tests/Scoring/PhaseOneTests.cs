using Reports.Domain;
using Reports.Tests.Builders;
using static Reports.Tests.Builders.DataSetBuilder;

namespace Reports.Tests.Scoring;

/// <summary>Leaving Metric Hardening: total ≥ enter_validation_total, categories ≥ its minimum, phase-1 gates, no No-Go.</summary>
public sealed class PhaseOneTests
{
    // 4,4,3,3,2,4 on the plan's weights is 20 + 25 + 11.25 + 11.25 + 7.50 + 10 = 85.00 exactly.
    private static DataSetBuilder At85() => Empty().WithWeek(Week1, 4, 4, 3, 3, 2, 4).WithPhaseGates(1, GateStatus.Pass);

    [Fact]
    public void Should_advance_when_total_is_exactly_85()
    {
        var week = At85().EvaluateLatest();

        Assert.Equal(85.00m, week.Total);
        Assert.Equal(Decision.Advance, week.Decision);
        Assert.Equal(2, week.NextPhase);
        Assert.Contains("total 85.00 ≥ 85", week.Trace.Select(s => s.Detail));
    }

    [Fact]
    public void Should_stay_when_total_below_85()
    {
        var week = At85().WithScore("security", 2).EvaluateLatest();

        Assert.Equal(81.25m, week.Total);
        Assert.Equal(Decision.Stay, week.Decision);
        Assert.Equal(1, week.NextPhase);
        Assert.Equal("total 81.25 < 85", Assert.Single(week.Trace, s => !s.Passed && !s.NotMeasured).Detail);
    }

    [Fact]
    public void Should_stay_when_total_is_just_under_a_policy_threshold()
    {
        var week = At85().WithPolicy(p => p with { EnterValidationTotal = 85.25m }).EvaluateLatest();

        Assert.Equal(Decision.Stay, week.Decision);
        Assert.Contains("total 85.00 < 85.25", week.Trace.Select(s => s.Detail));
    }

    [Fact]
    public void Should_advance_when_a_category_is_exactly_at_the_minimum()
    {
        var week = TopScores().WithScore("discipline", 2).WithPhaseGates(1, GateStatus.Pass).EvaluateLatest();

        Assert.Equal(Decision.Advance, week.Decision);
        Assert.Contains("every category ≥ 2", week.Trace.Select(s => s.Detail));
    }

    [Fact]
    public void Should_stay_when_a_category_is_below_the_minimum_even_with_a_high_total()
    {
        var week = TopScores().WithScore("discipline", 1).WithPhaseGates(1, GateStatus.Pass).EvaluateLatest();

        Assert.Equal(92.50m, week.Total);
        Assert.Equal(Decision.Stay, week.Decision);
        var failed = Assert.Single(week.Trace, s => !s.Passed && !s.NotMeasured);
        Assert.Equal("Delivery Discipline 1 < 2", failed.Detail);
    }

    [Fact]
    public void Should_take_thresholds_from_the_policy()
    {
        var week = PlanWeek2()
            .WithPhaseGates(1, GateStatus.Pass)
            .WithPolicy(p => p with { EnterValidationTotal = 55m, EnterValidationMinCategory = 1 })
            .EvaluateLatest();

        Assert.Equal(Decision.Advance, week.Decision);
        Assert.Contains("total 55.00 ≥ 55", week.Trace.Select(s => s.Detail));
        Assert.Contains("every category ≥ 1", week.Trace.Select(s => s.Detail));
    }

    [Fact]
    public void Should_start_in_the_policys_start_phase()
    {
        var week = At85().WithPolicy(p => p with { StartPhase = 2 }).EvaluateLatest();

        Assert.Equal(2, week.Phase);
        Assert.Equal(Decision.Stay, week.Decision);
        Assert.Contains("total 85.00 < 90", week.Trace.Select(s => s.Detail));
    }

    [Fact]
    public void Should_not_list_freeze_triggers_outside_phase_3()
    {
        var week = Empty().WithWeek(Week1, 0, 0, 0, 0, 0, 0).WithIncident("INC-1", Severity.Sev1, Week1).EvaluateLatest();

        Assert.Empty(week.FreezeTriggers);
        Assert.Empty(week.ActiveFreezeCodes);
        Assert.NotEqual(Decision.Freeze, week.Decision);
    }
}
