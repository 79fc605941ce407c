using Reports.Pipeline;
using Reports.Site.Modules;

namespace Reports.Site.Pipelines;

/// <summary>Methodology: rubric, weights, level descriptors, thresholds, formula, phases and gates, all from the data files.</summary>
public static class MethodologyPipeline
{
    public const string Name = "methodology";

    public static PipelineDefinition Create(SiteContext site) => SinglePagePipeline.Create(
        site, Name, "methodology/", "pages/methodology.liquid", "methodology",
        (views, _) => new PageContent("Methodology", "How the reliability score, the phase decisions and the gates are computed.", views.Methodology()));
}
