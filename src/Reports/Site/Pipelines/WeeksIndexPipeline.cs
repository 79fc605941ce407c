using Reports.Pipeline;
using Reports.Site.Modules;

namespace Reports.Site.Pipelines;

/// <summary>Weeks index: every weekly report, newest first, at <c>weeks/</c>.</summary>
public static class WeeksIndexPipeline
{
    public const string Name = "weeks-index";

    public static PipelineDefinition Create(SiteContext site) => SinglePagePipeline.Create(
        site, Name, "weeks/", "pages/weeks.liquid", "weeks",
        (views, _) => new PageContent("Weekly reports", "Every weekly reliability report: total, phase and decision.", views.WeeksIndex()));
}
