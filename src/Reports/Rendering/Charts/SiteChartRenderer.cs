using Reports.Preview;
using Reports.Scoring;

namespace Reports.Rendering.Charts;

/// <summary>
/// Renders every chart the site publishes from one <see cref="ProgramReport"/>: in parallel, in a fixed
/// output order, each chart a pure function of the data it reads.
/// </summary>
/// <param name="cache">Reuses charts whose inputs are unchanged; without one, every chart is drawn.</param>
public sealed class SiteChartRenderer(ChartCache? cache = null)
{
    public SiteChartSet Render(ProgramReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        ChartJob[] jobs = Jobs(report);
        Chart[] charts = ChartDrawing.DrawAll(jobs, cache);
        int categories = jobs.Length - 4;
        return new SiteChartSet(
            TotalTrend: charts[0],
            CategoryTrends: charts[1..(1 + categories)],
            Heatmap: charts[1 + categories],
            IncidentsBySeverity: charts[2 + categories],
            DaysToResolve: charts[3 + categories]);
    }

    /// <summary>The charts, in the order <see cref="SiteChartSet"/> lists them.</summary>
    internal static ChartJob[] Jobs(ProgramReport report)
    {
        // Keys that differ only in punctuation or case would share a file name: number the later ones.
        HashSet<string> slugs = new(StringComparer.Ordinal);
        List<ChartJob> categories = [];
        foreach (Domain.Category category in report.Data.Rubric)
        {
            string slug = CategoryTrendChart.SlugFor(category.Key);
            for (int n = 2; !slugs.Add(slug); n++)
            {
                slug = CategoryTrendChart.SlugFor(category.Key) + "-" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            categories.Add(CategoryTrendChart.From(report, category, slug));
        }

        return
        [
            TotalTrendChart.From(report),
            .. categories,
            ScoreHeatmapChart.From(report),
            IncidentsBySeverityChart.From(report),
            DaysToResolveChart.From(report),
        ];
    }
}
