using Reports.Pipeline;
using Reports.Site.Modules;

namespace Reports.Site.Pipelines;

/// <summary>Home: the answer first (phase, total, decision), then what stands between the project and the next phase.</summary>
public static class HomePipeline
{
    public const string Name = "home";

    public static PipelineDefinition Create(SiteContext site) => SinglePagePipeline.Create(
        site, Name, "", "pages/home.liquid", "home", (views, context) =>
        {
            var model = views.Home(context.Single(ChartsPipeline.Name, SiteKeys.Charts));
            var description = model.Latest is { } week
                ? "Reliability status: Phase " + week.Phase.ToString(System.Globalization.CultureInfo.InvariantCulture) + ", total " + week.Total + " / 100, decision: " + week.DecisionText + "."
                : "Reliability status: no week scored yet.";
            return new PageContent("Reliability status", description, model);
        },
        ChartsPipeline.Name);
}
