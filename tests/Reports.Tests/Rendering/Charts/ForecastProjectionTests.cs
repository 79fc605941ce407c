using Reports.Rendering.Charts;
using Reports.Tests.Builders;

namespace Reports.Tests.Rendering.Charts;

/// <summary>The latest week's forecast on the total chart: a dotted projection only when the trend reaches the threshold.</summary>
public sealed class ForecastProjectionTests
{
    private static DataSetBuilder Weeks(int first, int second, int third) => DataSetBuilder.Empty()
        .WithWeek("2026-03-02", first, 2, 2, 2, 2, 2).WithWeek("2026-03-09", second, 2, 2, 2, 2, 2).WithWeek("2026-03-16", third, 2, 2, 2, 2, 2);

    [Fact]
    public void The_total_chart_draws_the_forecast_as_a_dotted_projection()
    {
        var report = Weeks(1, 2, 3).Evaluate();
        var flat = Weeks(2, 2, 2).Evaluate();

        var chart = new SiteChartRenderer().Render(report).TotalTrend;
        var flatChart = new SiteChartRenderer().Render(flat).TotalTrend;

        Assert.EndsWith("A dotted line projects the current trend to 85 on 2026-04-27.", chart.AltText, StringComparison.Ordinal);
        Assert.Contains("Forecast", Svg.DrawnText(chart));
        Assert.DoesNotContain("dotted", flatChart.AltText, StringComparison.Ordinal);
        Assert.DoesNotContain("Forecast", Svg.DrawnText(flatChart));
    }
}
