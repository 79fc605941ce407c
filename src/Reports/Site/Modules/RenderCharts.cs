using System.Collections.Immutable;
using Reports.Pipeline;
using Reports.Rendering.Charts;

namespace Reports.Site.Modules;

/// <summary>
/// Draws every chart once (the chart renderer parallelises and caches) and publishes each as <c>charts/slug.svg</c>,
/// with its phone variant as <c>charts/narrow/slug.svg</c> and its numbers as <c>charts/slug.csv</c>.
/// </summary>
public sealed class RenderCharts(string dataPipeline, ChartCache? cache = null) : IModule
{
    public ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, PipelineContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var charts = new SiteChartRenderer(cache).Render(context.Single(dataPipeline, SiteKeys.Report));
        return inputs
            .Add(Document.Compute().With(SiteKeys.Charts, charts))
            .AddRange(ChartFiles.Of(charts.All));
    }
}
