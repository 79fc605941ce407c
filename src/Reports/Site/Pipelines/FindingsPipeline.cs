using Reports.Pipeline;
using Reports.Site.Modules;

namespace Reports.Site.Pipelines;

/// <summary>Findings: known issues, red-team findings and workstreams, unresolved ones first, each row linkable by its id.</summary>
public static class FindingsPipeline
{
    public const string Name = "findings";

    public static PipelineDefinition Create(SiteContext site) => SinglePagePipeline.Create(
        site, Name, "findings/", "pages/findings.liquid", "findings",
        (views, _) => new PageContent("Findings", "Known issues, red-team findings and hardening work with priority, status and evidence.", views.Findings()));
}
