using Reports.Diagnostics;
using Reports.Domain;
using Reports.Scoring;
using static Reports.Tests.Builders.DataSetBuilder;

namespace Reports.Tests.Scoring;

/// <summary>A scored week with no gate result at all: a warning naming the gates of its phase, which block its exit.</summary>
public sealed class WeeksWithoutGateResultsTests
{
    private const string Week3 = "2026-02-25";

    [Fact]
    public void Should_warn_of_a_new_week_without_gate_results_naming_its_phases_gates()
    {
        var report = PlanWeeks().WithPlanEvidence().WithWeek(Week3, 3, 1, 3, 2, 2, 3).Evaluate();

        var warning = Assert.Single(WeeksWithoutGateResults.Find(report, "data"));

        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Equal(ErrorCodes.WeekWithoutGateResults, warning.Code);
        Assert.Equal("data/gate-results.csv", warning.Path);
        Assert.Equal("week 2026-02-25 has no gate results; G1–G4 are unknown and block the phase exit", warning.Message);
    }

    [Fact]
    public void Should_not_warn_when_the_week_records_some_gate_result()
    {
        var report = PlanWeeks().WithPlanEvidence().WithWeek(Week3, 3, 1, 3, 2, 2, 3).WithGate(Week3, "G1", GateStatus.Pending).Evaluate();

        Assert.Empty(WeeksWithoutGateResults.Find(report, "data"));
    }

    [Fact]
    public void Should_name_the_gates_of_the_phase_the_week_is_in()
    {
        var report = Empty().WithWeek(Week1, 4, 4, 4, 4, 4, 4).WithPolicy(p => p with { StartPhase = 2 }).Evaluate();

        var warning = Assert.Single(WeeksWithoutGateResults.Find(report, "data"));

        Assert.Equal("week 2026-02-17 has no gate results; G5–G7 are unknown and block the phase exit", warning.Message);
    }

    [Fact]
    public void Should_not_warn_when_the_phase_has_no_gates()
    {
        var report = Empty().WithWeek(Week1, 4, 4, 4, 4, 4, 4).WithGateDefinitions([new GateDefinition("G5", 2, "SLO window", "")]).Evaluate();

        Assert.Empty(WeeksWithoutGateResults.Find(report, "data"));
    }

    [Fact]
    public void Should_name_only_the_gates_the_evidence_does_not_compute()
    {
        var report = Empty().WithWeek(Week1, 4, 4, 4, 4, 4, 4).WithPolicy(p => p with { StartPhase = 3 })
            .WithGateDefinitions([new GateDefinition("G8", 3, "Re-entry guardrail", "") { ComputedBy = EvidenceRule.ReentryGuardrail }])
            .Evaluate();

        Assert.Empty(WeeksWithoutGateResults.Find(report, "data"));
    }

    [Theory]
    [InlineData("G1", "G1")]
    [InlineData("G5,G6", "G5, G6")]
    [InlineData("G1,G2,G3,G4", "G1–G4")]
    [InlineData("G1,G2,G4", "G1, G2, G4")]
    [InlineData("A,B,C", "A, B, C")]
    public void Should_write_a_run_of_three_or_more_numbered_gates_as_a_range(string ids, string expected)
    {
        Assert.Equal(expected, WeeksWithoutGateResults.GateList(ids.Split(',')));
    }
}
