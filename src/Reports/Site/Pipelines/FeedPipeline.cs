using Reports.Pipeline;
using Reports.Site.Modules;
using Reports.Site.Outputs;

namespace Reports.Site.Pipelines;

/// <summary>Feed: <c>feed.xml</c>, an Atom entry per weekly report, dated by the week (never by the clock).</summary>
public static class FeedPipeline
{
    public const string Name = "feed";

    public static PipelineDefinition Create(SiteContext site) => new PipelineDefinition(Name)
        .DependsOn(DataPipeline.Name)
        .Process(new WriteFile(AtomFeed.Path, context => AtomFeed.Write(context.Single(DataPipeline.Name, SiteKeys.Report), site.SiteName, site.Urls)), "one entry per week, newest first");
}
