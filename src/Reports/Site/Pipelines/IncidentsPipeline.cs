using Reports.Pipeline;
using Reports.Site.Modules;

namespace Reports.Site.Pipelines;

/// <summary>Incidents: every incident, open ones first, each row linkable by its id.</summary>
public static class IncidentsPipeline
{
    public const string Name = "incidents";

    public static PipelineDefinition Create(SiteContext site) => SinglePagePipeline.Create(
        site, Name, "incidents/", "pages/incidents.liquid", "incidents",
        (views, _) => new PageContent("Incidents", "Every recorded incident with its severity, pillar, dates and summary; open ones first.", views.Incidents()));
}
