using System.Collections.Immutable;
using Reports.Pipeline;
using Reports.Rendering.Charts;
using Reports.Scoring;

namespace Reports.Site.Modules;

/// <summary>
/// Draws a set of charts from the report (<paramref name="draw"/> parallelises and caches), puts the set under
/// <paramref name="key"/> for the pages and publishes each chart as <c>charts/slug.svg</c>, with its phone variant
/// as <c>charts/narrow/slug.svg</c> and its numbers as <c>charts/slug.csv</c>.
/// </summary>
public sealed class RenderCharts<TSet>(string dataPipeline, MetadataKey<TSet> key, Func<ProgramReport, TSet> draw) : IModule
    where TSet : IChartSet
{
    public ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, PipelineContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var charts = draw(context.Single(dataPipeline, SiteKeys.Report));
        return inputs
            .Add(Document.Compute().With(key, charts))
            .AddRange(ChartFiles.Of(charts.All));
    }
}
