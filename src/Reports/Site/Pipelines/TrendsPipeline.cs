using Reports.Pipeline;
using Reports.Site.Modules;
using Reports.Site.Views;

namespace Reports.Site.Pipelines;

/// <summary>Trends: per-category trends, the weeks × categories heatmap, incidents by severity, days to resolve.</summary>
public static class TrendsPipeline
{
    public const string Name = "trends";

    public static PipelineDefinition Create(SiteContext site) => SinglePagePipeline.Create(
        site, Name, "trends/", "pages/trends.liquid", "trends",
        (_, context) => new PageContent(
            "Trends",
            "Reliability trends: total and category scores by week, incidents by severity and days to resolve.",
            ViewModelFactory.Trends(context.Single(ChartsPipeline.Name, SiteKeys.Charts))),
        ChartsPipeline.Name);
}
