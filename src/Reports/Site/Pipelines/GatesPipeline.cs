using Reports.Pipeline;
using Reports.Site.Modules;

namespace Reports.Site.Pipelines;

/// <summary>Gates: the weeks × gates matrix and each gate's definition and criteria.</summary>
public static class GatesPipeline
{
    public const string Name = "gates";

    public static PipelineDefinition Create(SiteContext site) => SinglePagePipeline.Create(
        site, Name, "gates/", "pages/gates.liquid", "gates",
        (views, _) => new PageContent("Gates", "Exit gates of each phase: their status every week and their criteria.", views.Gates()));
}
