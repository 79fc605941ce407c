using Reports.Pipeline;
using Reports.Site.Modules;
using Reports.Site.Outputs;

namespace Reports.Site.Pipelines;

/// <summary>Robots: <c>robots.txt</c> allowing everything and naming the sitemap.</summary>
public static class RobotsPipeline
{
    public const string Name = "robots";

    public static PipelineDefinition Create(SiteContext site) => new PipelineDefinition(Name)
        .Process(new WriteFile(Robots.Path, _ => Robots.Write(site.Urls)), "crawlers may read every page");
}
