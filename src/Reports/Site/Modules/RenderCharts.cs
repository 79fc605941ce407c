using System.Collections.Immutable;
using Reports.Pipeline;
using Reports.Rendering.Charts;
using Reports.Rendering.Csv;

namespace Reports.Site.Modules;

/// <summary>
/// Draws every chart once (the chart renderer parallelises and caches) and publishes each as <c>charts/slug.svg</c>,
/// with its phone variant as <c>charts/narrow/slug.svg</c>.
/// </summary>
public sealed class RenderCharts(string dataPipeline, ChartCache? cache = null) : IModule
{
    public ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, PipelineContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var charts = new SiteChartRenderer(cache).Render(context.Single(dataPipeline, SiteKeys.Report));
        return inputs
            .Add(Document.Compute().With(SiteKeys.Charts, charts))
            .AddRange(charts.All.Select(c => Document.FromText(c.Svg, "charts/" + c.Slug + ".svg")))
            .AddRange(charts.All.Where(c => c.NarrowSvg.Length > 0).Select(c => Document.FromText(c.NarrowSvg, Chart.NarrowFolder + c.Slug + ".svg")))
            .AddRange(charts.All.Where(c => c.Table.Rows.Count > 0).Select(c => Document.FromText(TableCsv.Write(c.Table), c.CsvPath)));
    }
}
