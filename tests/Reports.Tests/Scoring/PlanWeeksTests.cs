using Reports.Domain;
using Reports.Scoring;
using static Reports.Tests.Builders.DataSetBuilder;

namespace Reports.Tests.Scoring;

/// <summary>The plan's own two scorecards (§11, §12), with the shipped evidence, to the cent.</summary>
public sealed class PlanWeeksTests
{
    private readonly ProgramReport report = PlanWeeks().WithPlanEvidence().Evaluate();

    [Fact]
    public void Should_score_week_1_at_46_25_with_the_plans_points()
    {
        var week = report.Weeks[0];

        Assert.Equal(Date(Week1), week.WeekOf);
        Assert.Equal(46.25m, week.Total);
        Assert.Equal([10.00m, 6.25m, 11.25m, 3.75m, 7.50m, 7.50m], week.Categories.Select(c => c.Points));
        Assert.Null(week.PreviousTotal);
        Assert.All(week.Categories, c => Assert.Null(c.PreviousScore));
    }

    [Fact]
    public void Should_score_week_2_at_55_00_and_remember_week_1()
    {
        var week = report.Weeks[1];

        Assert.Equal(55.00m, week.Total);
        Assert.Equal([15.00m, 6.25m, 11.25m, 7.50m, 7.50m, 7.50m], week.Categories.Select(c => c.Points));
        Assert.Equal(46.25m, week.PreviousTotal);
        Assert.Equal(8.75m, week.TotalDelta);
        Assert.Equal([2, 1, 3, 1, 2, 3], week.Categories.Select(c => c.PreviousScore!.Value));
        Assert.Equal([1, 0, 0, 1, 0, 0], week.Categories.Select(c => c.Delta!.Value));
    }

    [Fact]
    public void Should_stay_in_phase_1_both_weeks_as_recorded()
    {
        Assert.All(report.Weeks, week =>
        {
            Assert.Equal(1, week.Phase);
            Assert.Equal(Decision.Stay, week.Decision);
            Assert.Equal(1, week.NextPhase);
            Assert.Equal(Decision.Stay, week.Recorded?.Decision);
            Assert.Null(week.Discrepancy);
        });
    }

    [Fact]
    public void Should_trace_week_1_with_every_rule_that_held_it_back()
    {
        Assert.Equal(
            [
                "Reliability Outcomes 1 < 2",
                "Security and Abuse Resistance 1 < 2",
                "total 46.25 < 85",
                "G1 fail",
                "G2 fail",
                "G3 fail",
                "G4 pending",
                "open-redteam-p0p1: H-1, H-2, M-1",
                "slo-consecutive-miss: not measured (no daily SLO results per pillar in the data)",
                "smoke-e2e-failing: not measured (no Chromium smoke e2e run history in the data)",
            ],
            report.Weeks[0].Trace.Select(s => s.Detail));
    }

    [Fact]
    public void Should_trace_week_2_with_only_M_1_left_as_red_team_No_Go()
    {
        var week = report.Weeks[1];

        Assert.Equal(
            ["Reliability Outcomes 1 < 2", "total 55.00 < 85", "G1 pass", "G2 fail", "G3 fail", "G4 pending", "open-redteam-p0p1: M-1"],
            week.Trace.Where(s => !s.NotMeasured).Select(s => s.Detail));
        Assert.Equal(["open-redteam-p0p1"], week.ActiveNoGoCodes);
    }

    [Fact]
    public void Should_count_findings_closed_on_week_2_as_resolved_that_week()
    {
        Assert.Equal(["KI-1", "KI-2", "KI-3", "KI-4", "H-1", "H-2", "M-1", "WS-1", "WS-2"], report.Weeks[0].UnresolvedFindings.Select(f => f.Id));
        Assert.Equal(["KI-1", "KI-2", "KI-3", "M-1", "WS-2"], report.Weeks[1].UnresolvedFindings.Select(f => f.Id));
    }

    [Fact]
    public void Should_plan_week_2_uplift_as_the_contract_example()
    {
        var uplift = report.Weeks[1].Uplift;

        Assert.Equal("enter validation", uplift.TargetName);
        Assert.Equal(85m, uplift.TargetTotal);
        Assert.Equal(2, uplift.TargetMinCategory);
        Assert.Equal(
            ["outcomes 1→4", "measurement 3→4", "security 2→3", "operability 2→3"],
            uplift.Steps.Select(s => $"{s.Category.Key} {s.From}→{s.To}"));
        Assert.Equal([18.75m, 5.00m, 3.75m, 3.75m], uplift.Steps.Select(s => s.Gain));
        Assert.Equal(86.25m, uplift.ResultingTotal);
        Assert.Equal(30.00m, uplift.Distance);
    }

    [Fact]
    public void Should_plan_week_1_uplift_lifting_the_categories_below_2_first()
    {
        var uplift = report.Weeks[0].Uplift;

        Assert.Equal(
            ["outcomes 1→4", "security 1→3", "measurement 2→4", "operability 2→3"],
            uplift.Steps.Select(s => $"{s.Category.Key} {s.From}→{s.To}"));
        Assert.Equal(86.25m, uplift.ResultingTotal);
    }
}
