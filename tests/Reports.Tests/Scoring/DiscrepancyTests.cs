using Reports.Domain;
using Reports.Tests.Builders;
using static Reports.Tests.Builders.DataSetBuilder;

namespace Reports.Tests.Scoring;

/// <summary>When decisions.csv records something other than the rules' decision, the report says so and why.</summary>
public sealed class DiscrepancyTests
{
    private static DataSetBuilder PlanWeek2WithG2Failing() => PlanWeek2()
        .WithPhaseGates(1, GateStatus.Pass)
        .WithGate("G2", GateStatus.Fail);

    [Fact]
    public void Should_name_every_failing_rule_when_advance_was_recorded_but_rules_say_stay()
    {
        var week = PlanWeek2WithG2Failing().WithRecorded(Week2, Decision.Advance).EvaluateLatest();

        Assert.Equal(Decision.Stay, week.Decision);
        Assert.Equal(Decision.Advance, week.Recorded?.Decision);
        Assert.Equal("recorded advance, but Reliability Outcomes is 1 < 2; total 55.00 < 85; G2 fail", week.Discrepancy);
    }

    [Fact]
    public void Should_name_the_active_No_Go_when_advance_was_recorded()
    {
        var week = TopScores().WithPhaseGates(1, GateStatus.Pass)
            .WithIncident("INC-4", Severity.Sev1, opened: Week1)
            .WithRecorded(Week1, Decision.Advance)
            .EvaluateLatest();

        Assert.Equal("recorded advance, but open-sev1: INC-4", week.Discrepancy);
    }

    [Fact]
    public void Should_say_every_rule_passed_when_stay_was_recorded_but_rules_say_advance()
    {
        var week = TopScores().WithPhaseGates(1, GateStatus.Pass).WithGate("G3", GateStatus.NotApplicable)
            .WithRecorded(Week1, Decision.Stay)
            .EvaluateLatest();

        Assert.Equal(Decision.Advance, week.Decision);
        Assert.Equal(
            "recorded stay, but every rule to leave phase 1 passed (every category ≥ 2; total 100.00 ≥ 85; G1 pass; G2 pass; "
            + "G3 n/a; G4 pass; no No-Go condition active); not measured: slo-consecutive-miss, smoke-e2e-failing",
            week.Discrepancy);
    }

    [Fact]
    public void Should_say_freeze_belongs_to_phase_3_when_freeze_was_recorded_in_phase_1()
    {
        var week = PlanWeek2WithG2Failing().WithRecorded(Week2, Decision.Freeze).EvaluateLatest();

        Assert.Equal("recorded freeze, but freeze applies only in phase 3; phase 1 stays because Reliability Outcomes is 1 < 2; total 55.00 < 85; G2 fail", week.Discrepancy);
    }

    [Fact]
    public void Should_say_freeze_belongs_to_phase_3_when_freeze_was_recorded_but_rules_say_advance()
    {
        var week = TopScores().WithGateDefinitions([]).WithRecorded(Week1, Decision.Freeze).EvaluateLatest();

        Assert.Equal(
            "recorded freeze, but freeze applies only in phase 3, and every rule to leave phase 1 passed "
            + "(every category ≥ 2; total 100.00 ≥ 85; no phase-1 gate defined; no No-Go condition active)",
            week.Discrepancy);
    }

    [Fact]
    public void Should_say_no_freeze_trigger_is_active_when_freeze_was_recorded_in_phase_3()
    {
        var week = TopScores().WithPolicy(p => p with { StartPhase = 3 }).WithRecorded(Week1, Decision.Freeze).EvaluateLatest();

        Assert.Equal(
            "recorded freeze, but no freeze trigger is active (total 100.00 ≥ 85; every category ≥ 2; no open Sev-1 incident; no unresolved P0 finding)",
            week.Discrepancy);
    }

    [Fact]
    public void Should_name_the_freeze_trigger_when_stay_was_recorded_but_rules_say_freeze()
    {
        var week = Empty().WithWeek(Week1, 4, 4, 3, 2, 2, 4)
            .WithPolicy(p => p with { StartPhase = 3 })
            .WithFinding("KI-1", Priority.P0, "known-issue", opened: Week1)
            .WithRecorded(Week1, Decision.Stay)
            .EvaluateLatest();

        Assert.Equal("recorded stay, but a freeze trigger is active: total-below-freeze: total 81.25 < 85; open-p0: KI-1", week.Discrepancy);
    }

    [Fact]
    public void Should_say_phase_3_is_the_last_when_advance_was_recorded_there()
    {
        var week = TopScores().WithPolicy(p => p with { StartPhase = 3 }).WithRecorded(Week1, Decision.Advance).EvaluateLatest();

        Assert.Equal("recorded advance, but phase 3 is the last phase: with no freeze trigger active the rules say stay", week.Discrepancy);
    }

    [Fact]
    public void Should_have_no_discrepancy_when_the_recorded_decision_matches()
    {
        var week = PlanWeek2WithG2Failing().WithRecorded(Week2, Decision.Stay).EvaluateLatest();

        Assert.Equal(Decision.Stay, week.Recorded?.Decision);
        Assert.Null(week.Discrepancy);
    }

    [Fact]
    public void Should_have_no_discrepancy_when_nothing_was_recorded()
    {
        var week = PlanWeek2WithG2Failing().EvaluateLatest();

        Assert.Null(week.Recorded);
        Assert.Null(week.Discrepancy);
    }
}
