using Reports.Domain;
using Reports.Tests.Builders;
using static Reports.Tests.Builders.DataSetBuilder;

namespace Reports.Tests.Scoring;

/// <summary>Phase gates: pass or n/a let a phase be left; fail, pending and unknown (no row) block; other phases' gates do not count.</summary>
public sealed class GateTests
{
    private static DataSetBuilder ReadyExceptGates() => TopScores().WithPhaseGates(1, GateStatus.Pass);

    [Theory]
    [InlineData(GateStatus.Fail, "G2 fail")]
    [InlineData(GateStatus.Pending, "G2 pending")]
    [InlineData(GateStatus.Unknown, "G2 unknown (no result recorded)")]
    public void Should_stay_when_a_phase_gate_does_not_pass(GateStatus status, string trace)
    {
        var week = ReadyExceptGates().WithGate("G2", status).EvaluateLatest();

        Assert.Equal(Decision.Stay, week.Decision);
        var step = Assert.Single(week.Trace, s => s.Detail == trace);
        Assert.False(step.Passed);
    }

    [Fact]
    public void Should_advance_when_a_phase_gate_is_not_applicable()
    {
        var week = ReadyExceptGates().WithGate("G3", GateStatus.NotApplicable).EvaluateLatest();

        Assert.Equal(Decision.Advance, week.Decision);
        Assert.True(Assert.Single(week.Trace, s => s.Detail == "G3 n/a").Passed);
    }

    [Fact]
    public void Should_treat_a_gate_without_a_result_as_unknown()
    {
        var week = TopScores().EvaluateLatest();

        Assert.All(week.Gates, g => Assert.Equal(GateStatus.Unknown, g.Status));
        Assert.Equal(Decision.Stay, week.Decision);
        Assert.Contains("G1 unknown (no result recorded)", week.Trace.Select(s => s.Detail));
    }

    [Fact]
    public void Should_ignore_gates_of_other_phases()
    {
        var week = ReadyExceptGates().WithPhaseGates(2, GateStatus.Fail).WithGate("G8", GateStatus.Fail).EvaluateLatest();

        Assert.Equal(Decision.Advance, week.Decision);
        Assert.DoesNotContain(week.Trace, s => s.Detail.StartsWith("G5", StringComparison.Ordinal) || s.Detail.StartsWith("G8", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_list_every_gate_in_file_order_with_its_status_that_week()
    {
        var week = TopScores().WithGate("G1", GateStatus.Pass).WithGate("G6", GateStatus.Pending).WithGate("G3", GateStatus.NotApplicable).EvaluateLatest();

        Assert.Equal(
            ["G1 Pass", "G2 Unknown", "G3 NotApplicable", "G4 Unknown", "G5 Unknown", "G6 Pending", "G7 Unknown", "G8 Unknown"],
            week.Gates.Select(g => $"{g.Gate.Id} {g.Status}"));
    }

    [Fact]
    public void Should_keep_the_gate_files_order_not_sorted_by_id()
    {
        var week = TopScores().WithGateDefinitions(PlanGates.Reverse()).EvaluateLatest();

        Assert.Equal(["G8", "G7", "G6", "G5", "G4", "G3", "G2", "G1"], week.Gates.Select(g => g.Gate.Id));
    }

    [Fact]
    public void Should_use_only_the_weeks_own_gate_results()
    {
        var week = Empty()
            .WithWeek(Week1, 4, 4, 4, 4, 4, 4).WithPhaseGates(Week1, 1, GateStatus.Pass)
            .WithWeek(Week2, 4, 4, 4, 4, 4, 4)
            .WithPolicy(p => p with { EnterValidationTotal = 101m })
            .EvaluateLatest();

        Assert.All(week.Gates, g => Assert.Equal(GateStatus.Unknown, g.Status));
    }

    [Fact]
    public void Should_pass_the_gate_rule_when_the_phase_has_no_gates()
    {
        var week = TopScores().WithGateDefinitions(PlanGates.Where(g => g.Phase != 1)).EvaluateLatest();

        Assert.Equal(Decision.Advance, week.Decision);
        Assert.Contains("no phase-1 gate defined", week.Trace.Select(s => s.Detail));
    }
}
