using System.Collections.Immutable;
using Reports.Pipeline;
using Reports.Rendering.Csv;
using Reports.Site.Views;

namespace Reports.Site.Modules;

/// <summary>
/// Beside each page, the CSV files of the tables its model offers (<see cref="SiteTables"/>): published like any
/// file, so the link check sees them. Each is written when the site is written, as pages are.
/// </summary>
public sealed class WriteTableFiles(string sitePipeline) : IModule
{
    public ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, PipelineContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var views = context.Single(sitePipeline, SiteKeys.Views);
        var files = inputs
            .Where(d => d.Has(SiteKeys.Model))
            .SelectMany(d => SiteTables.Of(views, d.Get(SiteKeys.Model)))
            .DistinctBy(f => f.Path, StringComparer.Ordinal)
            .Select(f => Document.FromContent(DocumentContent.Deferred(() => DocumentContent.FromText(TableCsv.Write(f.Table())).AsBytes()), f.Path));
        return inputs.AddRange(files);
    }
}
