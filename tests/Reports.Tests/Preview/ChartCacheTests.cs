using System.Globalization;
using Reports.Domain;
using Reports.Preview;
using Reports.Rendering.Charts;
using Reports.Scoring;
using Reports.Tests.Rendering.Charts;

namespace Reports.Tests.Preview;

public sealed class ChartCacheTests
{
    private static readonly DateOnly Week2 = new(2026, 2, 18);

    [Fact]
    public void Should_render_every_chart_once_then_answer_from_the_cache()
    {
        ChartCache cache = new();
        SiteChartRenderer renderer = new(cache);
        ProgramReport report = ChartReportBuilder.PlanWeeks().Build();

        SiteChartSet first = renderer.Render(report);
        Assert.Equal((0, 10, 10), (cache.Hits, cache.Misses, cache.Count));

        SiteChartSet second = renderer.Render(ChartReportBuilder.PlanWeeks().Build());
        Assert.Equal((10, 10, 10), (cache.Hits, cache.Misses, cache.Count));
        Assert.All(first.All.Zip(second.All), pair => Assert.Same(pair.First, pair.Second));
    }

    [Fact]
    public void Should_redraw_only_the_charts_that_read_a_changed_score()
    {
        ChartCache cache = new();
        SiteChartRenderer renderer = new(cache);
        SiteChartSet before = renderer.Render(ChartReportBuilder.PlanWeeks().Build());

        SiteChartSet after = renderer.Render(ChartReportBuilder.PlanWeeks().WithScore(Week2, "security", 3).Build());

        // The total, the security trend and the heatmap read the score; the other seven do not.
        Assert.Equal((7, 13), (cache.Hits, cache.Misses));
        Assert.NotSame(before.TotalTrend, after.TotalTrend);
        Assert.NotSame(before.CategoryTrends[3], after.CategoryTrends[3]);
        Assert.NotSame(before.Heatmap, after.Heatmap);
        Assert.Same(before.CategoryTrends[0], after.CategoryTrends[0]);
        Assert.Same(before.CategoryTrends[1], after.CategoryTrends[1]);
        Assert.Same(before.IncidentsBySeverity, after.IncidentsBySeverity);
        Assert.Contains("rose from 1 to 3", after.CategoryTrends[3].AltText, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_redraw_only_incident_charts_when_a_minor_incident_is_added()
    {
        ChartCache cache = new();
        SiteChartRenderer renderer = new(cache);
        renderer.Render(ChartReportBuilder.PlanWeeks().Build());

        renderer.Render(ChartReportBuilder.PlanWeeks().WithIncident("INC-9", Severity.Sev4, Week2, Week2.AddDays(1)).Build());

        // A Sev-4 is not marked on the total trend: only the two incident charts change.
        Assert.Equal((8, 12), (cache.Hits, cache.Misses));
    }

    [Fact]
    public void Should_key_charts_by_their_data_not_by_culture_or_object_identity()
    {
        ProgramReport report = ChartReportBuilder.Generated(20, 15).Build();
        string[] invariant = Keys(report);

        CultureInfo saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
            Assert.Equal(invariant, Keys(ChartReportBuilder.Generated(20, 15).Build()));
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }

        Assert.Equal(invariant.Length, invariant.Distinct().Count());
        Assert.All(invariant, k => Assert.Matches("^[0-9a-f]{64}$", k));
    }

    [Fact]
    public void Should_draw_a_chart_requested_by_many_threads_at_once_only_once()
    {
        ChartCache cache = new();
        int renders = 0;
        Chart chart = new("x", "X", "<svg/>", "x", new ChartTable([], []));

        Chart[] results = new Chart[8];
        Parallel.For(0, results.Length, i => results[i] = cache.GetOrRender("key", () =>
        {
            Interlocked.Increment(ref renders);
            Thread.Sleep(50);
            return chart;
        }));

        Assert.Equal(1, renders);
        Assert.All(results, r => Assert.Same(chart, r));
        Assert.Equal((7, 1), (cache.Hits, cache.Misses));
    }

    [Fact]
    public void Should_not_keep_a_failed_render()
    {
        ChartCache cache = new();

        Assert.Throws<InvalidOperationException>(() => cache.GetOrRender("key", () => throw new InvalidOperationException("bug")));

        Assert.False(cache.Contains("key"));
        Chart chart = new("x", "X", "<svg/>", "x", new ChartTable([], []));
        Assert.Same(chart, cache.GetOrRender("key", () => chart));
    }

    private static string[] Keys(ProgramReport report) => [.. SiteChartRenderer.Jobs(report).Select(j => j.Key)];
}
