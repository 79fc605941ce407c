using Reports.Domain;
using Reports.Scoring;
using Reports.Tests.Builders;
using static Reports.Tests.Builders.DataSetBuilder;

namespace Reports.Tests.Scoring;

/// <summary>Automatic No-Go (plan §5): open Sev-1, unresolved red-team P0/P1; the two unmeasurable ones reported as such.</summary>
public sealed class NoGoTests
{
    private const string Day = "2026-03-02";

    /// <summary>A phase-1 week that advances unless a No-Go holds it back.</summary>
    private static DataSetBuilder Ready() => TopScores(Day).WithPhaseGates(1, GateStatus.Pass);

    private static Condition NoGo(WeekResult week, string code) => Assert.Single(week.NoGo, c => c.Code == code);

    [Fact]
    public void Should_stay_when_a_sev1_incident_opened_on_the_weeks_date()
    {
        var week = Ready().WithIncident("INC-1", Severity.Sev1, opened: Day).EvaluateLatest();

        Assert.Equal(Decision.Stay, week.Decision);
        Assert.Equal(ConditionState.Active, NoGo(week, "open-sev1").State);
        Assert.Equal("INC-1", NoGo(week, "open-sev1").Detail);
        Assert.Contains("open-sev1: INC-1", week.Trace.Select(s => s.Detail));
        Assert.Equal(["INC-1"], week.OpenIncidents.Select(i => i.Id));
    }

    [Fact]
    public void Should_not_count_a_sev1_resolved_on_the_weeks_date_as_open()
    {
        var week = Ready().WithIncident("INC-1", Severity.Sev1, opened: "2026-02-20", resolved: Day).EvaluateLatest();

        Assert.Equal(Decision.Advance, week.Decision);
        Assert.Equal(ConditionState.Clear, NoGo(week, "open-sev1").State);
        Assert.Empty(week.OpenIncidents);
        Assert.Contains("no No-Go condition active", week.Trace.Select(s => s.Detail));
    }

    [Fact]
    public void Should_count_a_sev1_resolved_the_day_after_as_open()
    {
        var week = Ready().WithIncident("INC-1", Severity.Sev1, opened: "2026-02-20", resolved: "2026-03-03").EvaluateLatest();

        Assert.Equal(Decision.Stay, week.Decision);
    }

    [Fact]
    public void Should_not_count_a_sev1_opened_after_the_week()
    {
        var week = Ready().WithIncident("INC-1", Severity.Sev1, opened: "2026-03-03").EvaluateLatest();

        Assert.Equal(Decision.Advance, week.Decision);
        Assert.Empty(week.OpenIncidents);
    }

    [Fact]
    public void Should_list_a_sev2_as_open_without_blocking()
    {
        var week = Ready().WithIncident("INC-2", Severity.Sev2, opened: Day).EvaluateLatest();

        Assert.Equal(Decision.Advance, week.Decision);
        Assert.Equal(["INC-2"], week.OpenIncidents.Select(i => i.Id));
    }

    [Fact]
    public void Should_list_every_open_sev1_in_file_order()
    {
        var week = Ready()
            .WithIncident("INC-9", Severity.Sev1, opened: "2026-02-01")
            .WithIncident("INC-3", Severity.Sev1, opened: "2026-02-02")
            .EvaluateLatest();

        Assert.Equal("INC-9, INC-3", NoGo(week, "open-sev1").Detail);
    }

    [Theory]
    [InlineData(Priority.P0)]
    [InlineData(Priority.P1)]
    public void Should_stay_while_a_red_team_finding_is_unresolved(Priority priority)
    {
        var week = Ready().WithFinding("M-1", priority, "red-team", opened: "2026-02-17").EvaluateLatest();

        Assert.Equal(Decision.Stay, week.Decision);
        Assert.Equal(["open-redteam-p0p1"], week.ActiveNoGoCodes);
        Assert.Contains("open-redteam-p0p1: M-1", week.Trace.Select(s => s.Detail));
    }

    [Fact]
    public void Should_not_block_on_a_red_team_P2()
    {
        var week = Ready().WithFinding("L-1", Priority.P2, "red-team", opened: "2026-02-17").EvaluateLatest();

        Assert.Equal(Decision.Advance, week.Decision);
        Assert.Equal(["L-1"], week.UnresolvedFindings.Select(f => f.Id));
    }

    [Fact]
    public void Should_not_block_phase_1_on_a_P0_from_another_source()
    {
        var week = Ready().WithFinding("KI-1", Priority.P0, "known-issue", opened: "2026-02-17").EvaluateLatest();

        Assert.Equal(Decision.Advance, week.Decision);
        Assert.Empty(week.ActiveNoGoCodes);
        Assert.Equal(["KI-1"], week.UnresolvedFindings.Select(f => f.Id));
    }

    [Fact]
    public void Should_count_a_red_team_finding_closed_on_the_weeks_date_as_resolved()
    {
        var week = Ready().WithFinding("H-1", Priority.P0, "red-team", opened: "2026-02-17", closed: Day).EvaluateLatest();

        Assert.Equal(Decision.Advance, week.Decision);
        Assert.Empty(week.UnresolvedFindings);
    }

    [Fact]
    public void Should_count_a_mitigated_finding_as_resolved()
    {
        var week = Ready()
            .WithFinding("KI-4", Priority.P1, "red-team", opened: "2026-02-17", closed: "2026-02-18", status: FindingStatus.Mitigated)
            .EvaluateLatest();

        Assert.Equal(Decision.Advance, week.Decision);
        Assert.Empty(week.UnresolvedFindings);
    }

    [Fact]
    public void Should_not_count_a_finding_opened_after_the_week()
    {
        var week = Ready().WithFinding("M-2", Priority.P0, "red-team", opened: "2026-03-09").EvaluateLatest();

        Assert.Equal(Decision.Advance, week.Decision);
        Assert.Empty(week.UnresolvedFindings);
    }

    [Fact]
    public void Should_report_the_unmeasurable_conditions_as_not_measured_never_clear()
    {
        var week = Ready().EvaluateLatest();

        Assert.Equal(["open-sev1", "open-redteam-p0p1", "slo-consecutive-miss", "smoke-e2e-failing"], week.NoGo.Select(c => c.Code));
        Assert.Equal(ConditionState.NotMeasured, NoGo(week, "slo-consecutive-miss").State);
        Assert.Equal(ConditionState.NotMeasured, NoGo(week, "smoke-e2e-failing").State);
        var steps = week.Trace.Where(s => s.NotMeasured).ToList();
        Assert.Equal(2, steps.Count);
        Assert.All(steps, s => Assert.False(s.Passed));
        Assert.All(steps, s => Assert.Contains("not measured", s.Detail, StringComparison.Ordinal));
    }

    [Fact]
    public void Should_advance_although_two_conditions_are_not_measured()
    {
        var week = Ready().EvaluateLatest();

        Assert.Equal(Decision.Advance, week.Decision);
        Assert.Empty(week.ActiveNoGoCodes);
    }
}
