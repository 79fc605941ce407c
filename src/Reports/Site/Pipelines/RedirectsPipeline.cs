using Reports.Pipeline;
using Reports.Site.Modules;
using Reports.Site.Outputs;

namespace Reports.Site.Pipelines;

/// <summary>Redirects: Netlify's <c>_redirects</c>, sending <c>/latest</c> to the newest weekly report.</summary>
public static class RedirectsPipeline
{
    public const string Name = "redirects";

    public static PipelineDefinition Create() => new PipelineDefinition(Name)
        .DependsOn(DataPipeline.Name)
        .Process(new WriteFile(NetlifyRedirects.Path, context => NetlifyRedirects.Write(context.Single(DataPipeline.Name, SiteKeys.Report))), "a stable address for 'this week's report'");
}
