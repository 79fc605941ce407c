using Reports.Pipeline;
using Reports.Site.Modules;

namespace Reports.Site.Pipelines;

/// <summary>Charts: every chart drawn once as SVG, published under <c>charts/</c> and placed on pages by slug.</summary>
public static class ChartsPipeline
{
    public const string Name = "charts";

    /// <param name="cache">Charts drawn by earlier builds of this process, reused when their data is unchanged.</param>
    public static PipelineDefinition Create(Rendering.Charts.ChartCache? cache = null) => new PipelineDefinition(Name)
        .DependsOn(DataPipeline.Name)
        .Process(new RenderCharts(DataPipeline.Name, cache), "trend, heatmap, incidents and days-to-resolve charts with their tables");
}
