using Reports.Domain;
using Reports.Scoring;
using Reports.Tests.Builders;
using static Reports.Tests.Builders.DataSetBuilder;

namespace Reports.Tests.Scoring;

/// <summary>Feature and Polish Re-entry: freeze on any freeze trigger (plan §8), otherwise stay.</summary>
public sealed class PhaseThreeTests
{
    private static DataSetBuilder InPhase3(params int[] scores) =>
        Empty().WithWeek(Week1, scores).WithPolicy(p => p with { StartPhase = 3 });

    private static Condition Trigger(WeekResult week, string code) => Assert.Single(week.FreezeTriggers, c => c.Code == code);

    [Fact]
    public void Should_stay_in_phase_3_when_no_freeze_trigger_is_active()
    {
        var week = InPhase3(4, 4, 4, 4, 4, 4).EvaluateLatest();

        Assert.Equal(3, week.Phase);
        Assert.Equal(Decision.Stay, week.Decision);
        Assert.Equal(3, week.NextPhase);
        Assert.Equal(["total-below-freeze", "category-below-freeze", "open-sev1", "open-p0"], week.FreezeTriggers.Select(c => c.Code));
        Assert.All(week.FreezeTriggers, c => Assert.Equal(ConditionState.Clear, c.State));
        Assert.Equal(
            ["total 100.00 ≥ 85", "every category ≥ 2", "no open Sev-1 incident", "no unresolved P0 finding"],
            week.Trace.Select(s => s.Detail));
    }

    [Fact]
    public void Trace_steps_in_phase_3_are_freeze_rules_naming_their_trigger()
    {
        var week = InPhase3(4, 4, 4, 4, 4, 4).EvaluateLatest();

        Assert.All(week.Trace, s => Assert.Equal(RuleKinds.Freeze, s.Kind));
        Assert.Equal(["total-below-freeze", "category-below-freeze", "open-sev1", "open-p0"], week.Trace.Select(s => s.Subject));
        Assert.Equal("An open Sev-1 incident", week.Trace[2].SubjectName);
        Assert.All(week.Trace, s => Assert.True(s.Met));
    }

    [Fact]
    public void Should_not_freeze_when_total_is_exactly_85()
    {
        var week = InPhase3(4, 4, 3, 3, 2, 4).EvaluateLatest();

        Assert.Equal(85.00m, week.Total);
        Assert.Equal(Decision.Stay, week.Decision);
    }

    [Fact]
    public void Should_freeze_when_total_below_85()
    {
        var week = InPhase3(4, 4, 3, 2, 2, 4).EvaluateLatest();

        Assert.Equal(Decision.Freeze, week.Decision);
        Assert.Equal(1, week.NextPhase);
        Assert.Equal(["total-below-freeze"], week.ActiveFreezeCodes);
        Assert.Equal("total 81.25 < 85", Trigger(week, "total-below-freeze").Detail);
        Assert.Contains("total-below-freeze: total 81.25 < 85", week.Trace.Select(s => s.Detail));
    }

    [Fact]
    public void Should_freeze_when_a_category_drops_below_2()
    {
        var week = InPhase3(4, 4, 4, 4, 4, 1).EvaluateLatest();

        Assert.Equal(Decision.Freeze, week.Decision);
        Assert.Equal(["category-below-freeze"], week.ActiveFreezeCodes);
        Assert.Equal("Delivery Discipline 1 < 2", Trigger(week, "category-below-freeze").Detail);
    }

    [Fact]
    public void Should_not_freeze_when_a_category_is_exactly_2()
    {
        var week = InPhase3(4, 4, 4, 4, 4, 2).EvaluateLatest();

        Assert.Equal(Decision.Stay, week.Decision);
    }

    [Fact]
    public void Should_freeze_on_an_open_sev1_and_report_it_as_No_Go_too()
    {
        var week = InPhase3(4, 4, 4, 4, 4, 4).WithIncident("INC-1", Severity.Sev1, opened: Week1).EvaluateLatest();

        Assert.Equal(Decision.Freeze, week.Decision);
        Assert.Equal(["open-sev1"], week.ActiveFreezeCodes);
        Assert.Equal(["open-sev1"], week.ActiveNoGoCodes);
    }

    [Fact]
    public void Should_freeze_on_an_unresolved_P0_whatever_its_source()
    {
        var week = InPhase3(4, 4, 4, 4, 4, 4).WithFinding("KI-1", Priority.P0, "known-issue", opened: Week1).EvaluateLatest();

        Assert.Equal(Decision.Freeze, week.Decision);
        Assert.Equal(["open-p0"], week.ActiveFreezeCodes);
        Assert.Equal("KI-1", Trigger(week, "open-p0").Detail);
        Assert.Empty(week.ActiveNoGoCodes);
    }

    [Fact]
    public void Should_stay_in_phase_3_on_a_red_team_P1_which_is_No_Go_but_no_freeze_trigger()
    {
        var week = InPhase3(4, 4, 4, 4, 4, 4).WithFinding("M-1", Priority.P1, "red-team", opened: Week1).EvaluateLatest();

        Assert.Equal(Decision.Stay, week.Decision);
        Assert.Equal(["open-redteam-p0p1"], week.ActiveNoGoCodes);
        Assert.Empty(week.ActiveFreezeCodes);
    }

    [Fact]
    public void Should_not_look_at_gates_in_phase_3()
    {
        var week = InPhase3(4, 4, 4, 4, 4, 4).WithAllGates(GateStatus.Fail).EvaluateLatest();

        Assert.Equal(Decision.Stay, week.Decision);
    }

    [Fact]
    public void Should_send_a_freeze_to_freeze_returns_to_phase()
    {
        var report = InPhase3(4, 4, 4, 4, 4, 1)
            .WithWeek(Week2, 4, 4, 4, 4, 4, 4)
            .WithPolicy(p => p with { FreezeReturnsToPhase = 2 })
            .Evaluate();

        Assert.Equal(Decision.Freeze, report.Weeks[0].Decision);
        Assert.Equal(2, report.Weeks[0].NextPhase);
        Assert.Equal(2, report.Weeks[1].Phase);
        Assert.Contains("total 100.00 ≥ 90", report.Weeks[1].Trace.Select(s => s.Detail));
    }

    [Fact]
    public void Should_take_freeze_thresholds_from_the_policy()
    {
        var week = InPhase3(4, 4, 4, 4, 4, 2)
            .WithPolicy(p => p with { FreezeTotal = 95.5m, FreezeMinCategory = 3 })
            .EvaluateLatest();

        Assert.Equal(["total-below-freeze", "category-below-freeze"], week.ActiveFreezeCodes);
        Assert.Equal("total 95.00 < 95.5", Trigger(week, "total-below-freeze").Detail);
        Assert.Equal("Delivery Discipline 2 < 3", Trigger(week, "category-below-freeze").Detail);
    }
}
