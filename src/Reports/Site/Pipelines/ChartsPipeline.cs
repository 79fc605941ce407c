using Reports.Pipeline;
using Reports.Site.Modules;

namespace Reports.Site.Pipelines;

/// <summary>Charts: every chart drawn once as SVG, published under <c>charts/</c> and placed on pages by slug.</summary>
public static class ChartsPipeline
{
    public const string Name = "charts";

    public static PipelineDefinition Create() => new PipelineDefinition(Name)
        .DependsOn(DataPipeline.Name)
        .Process(new RenderCharts(DataPipeline.Name), "trend, heatmap, incidents and days-to-resolve charts with their tables");
}
