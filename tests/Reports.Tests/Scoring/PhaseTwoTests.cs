using Reports.Domain;
using Reports.Tests.Builders;
using static Reports.Tests.Builders.DataSetBuilder;

namespace Reports.Tests.Scoring;

/// <summary>Leaving the SLO Validation Window: total ≥ enter_reentry_total, categories ≥ its minimum, phase-2 gates, no No-Go.</summary>
public sealed class PhaseTwoTests
{
    // 4,4,3,3,4,3 on the plan's weights is 20 + 25 + 11.25 + 11.25 + 15 + 7.50 = 90.00 exactly, every category ≥ 3.
    private static DataSetBuilder At90() => Empty()
        .WithWeek(Week1, 4, 4, 3, 3, 4, 3)
        .WithPhaseGates(2, GateStatus.Pass)
        .WithPolicy(p => p with { StartPhase = 2 });

    [Fact]
    public void Should_advance_to_phase_3_when_total_is_exactly_90()
    {
        var week = At90().EvaluateLatest();

        Assert.Equal(2, week.Phase);
        Assert.Equal(90.00m, week.Total);
        Assert.Equal(Decision.Advance, week.Decision);
        Assert.Equal(3, week.NextPhase);
        Assert.Contains("total 90.00 ≥ 90", week.Trace.Select(s => s.Detail));
        Assert.Contains("every category ≥ 3", week.Trace.Select(s => s.Detail));
    }

    [Fact]
    public void Should_stay_when_total_below_90()
    {
        var week = At90().WithPolicy(p => p with { EnterReentryTotal = 90.5m }).EvaluateLatest();

        Assert.Equal(Decision.Stay, week.Decision);
        Assert.Equal(2, week.NextPhase);
        Assert.Contains("total 90.00 < 90.5", week.Trace.Select(s => s.Detail));
    }

    [Fact]
    public void Should_stay_when_a_category_is_below_3()
    {
        var week = At90().WithScore("discipline", 2).WithScore("measurement", 4).WithPolicy(p => p with { EnterReentryTotal = 80m }).EvaluateLatest();

        Assert.Equal(Decision.Stay, week.Decision);
        Assert.Equal("Delivery Discipline 2 < 3", Assert.Single(week.Trace, s => !s.Passed && !s.NotMeasured).Detail);
    }

    [Fact]
    public void Should_check_phase_2_gates_not_phase_1_gates()
    {
        var passesWithPhase1Failing = At90().WithPhaseGates(1, GateStatus.Fail).EvaluateLatest();
        var blockedByG6 = At90().WithGate("G6", GateStatus.Unknown).EvaluateLatest();

        Assert.Equal(Decision.Advance, passesWithPhase1Failing.Decision);
        Assert.Equal(Decision.Stay, blockedByG6.Decision);
        Assert.Contains("G6 unknown (no result recorded)", blockedByG6.Trace.Select(s => s.Detail));
    }

    [Fact]
    public void Should_stay_on_a_No_Go_in_phase_2()
    {
        var week = At90().WithFinding("M-1", Priority.P1, "red-team", opened: Week1).EvaluateLatest();

        Assert.Equal(Decision.Stay, week.Decision);
        Assert.Equal(["open-redteam-p0p1"], week.ActiveNoGoCodes);
    }
}
