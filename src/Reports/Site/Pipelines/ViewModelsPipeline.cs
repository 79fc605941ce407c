using Reports.Pipeline;
using Reports.Site.Modules;

namespace Reports.Site.Pipelines;

/// <summary>
/// View models: the numbers, words and links every page shows, computed once before any page renders. Charts are
/// not needed here, so weekly reports are built while the charts are still being drawn.
/// </summary>
public static class ViewModelsPipeline
{
    public const string Name = "view-models";

    public static PipelineDefinition Create(SiteContext site) => new PipelineDefinition(Name)
        .DependsOn(DataPipeline.Name, DataVersionPipeline.Name, AssetsPipeline.Name, NarrativesPipeline.Name, PagesPipeline.Name)
        .Process(
            new BuildViewModels(new ViewModelSources(DataPipeline.Name, DataVersionPipeline.Name, AssetsPipeline.Name, NarrativesPipeline.Name, PagesPipeline.Name), site.SiteName, site.Cache?.Markdown),
            "format numbers, render Markdown cells safely, vet links, build the navigation");
}
