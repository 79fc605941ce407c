using System.Collections.Immutable;
using Reports.Pipeline;
using Reports.Rendering.Charts;

namespace Reports.Site.Modules;

/// <summary>Draws the SLO and CI pages' charts (see <see cref="EvidenceChartRenderer"/>) and publishes each as every chart is (<see cref="ChartFiles"/>).</summary>
public sealed class RenderEvidenceCharts(string dataPipeline, ChartCache? cache = null) : IModule
{
    public ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, PipelineContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var charts = new EvidenceChartRenderer(cache).Render(context.Single(dataPipeline, SiteKeys.Report));
        return inputs
            .Add(Document.Compute().With(SiteKeys.EvidenceCharts, charts))
            .AddRange(ChartFiles.Of(charts.All));
    }
}
