using Reports.Domain;
using Reports.Rendering.Charts;
using Reports.Scoring;
using Reports.Tests.Builders;

namespace Reports.Tests.Rendering.Charts;

/// <summary>Charts drawn from reports the rules engine computed, not hand-built ones.</summary>
public sealed class EvaluatedReportChartTests
{
    [Fact]
    public void Should_chart_the_plans_evaluated_weeks()
    {
        ProgramReport report = DataSetBuilder.PlanWeeks().WithPlanEvidence().Evaluate();

        SiteChartSet charts = new SiteChartRenderer().Render(report);

        Assert.Equal(
            "Total rose from 46.25 to 55.00 over 2 weeks; the 85 threshold to enter validation is 30.00 away. Phase 1 throughout.",
            charts.TotalTrend.AltText);
        Assert.Equal(["2026-02-18", "1", "55.00", "+8.75", "0"], charts.TotalTrend.Table.Rows[1]);
        Assert.Equal(["2026-02-18", "3", "1", "3", "2", "2", "3"], charts.Heatmap.Table.Rows[1]);
    }

    [Fact]
    public void Should_shade_the_phases_the_engine_decided()
    {
        // Two top-score weeks with every gate passing: the first advances, so the second is in phase 2.
        ProgramReport report = DataSetBuilder.TopScores(DataSetBuilder.Week1)
            .WithWeek(DataSetBuilder.Week2, 4, 4, 4, 4, 4, 4)
            .WithAllGates(GateStatus.Pass)
            .WithIncident("INC-7", Severity.Sev2, DataSetBuilder.Week2, DataSetBuilder.Week2)
            .Evaluate();

        Chart chart = new SiteChartRenderer().Render(report).TotalTrend;

        Assert.Equal(["1", "2"], chart.Table.Rows.Select(r => r[1]));
        Assert.Contains("Phase 2 (validation)", Svg.DrawnText(chart));
        Assert.Equal("INC-7 (Sev-2)", chart.Table.Rows[1][4]);
    }
}
