using System.Collections.Immutable;
using Reports.History;
using Reports.Pipeline;

namespace Reports.Site.Modules;

/// <summary>
/// Records which version of the data the site is computed from (the commit of the data folder, or its content
/// hash), for page footers, <c>weeks.json</c> and each week's <c>report.json</c>. Never a clock, so two builds of
/// the same data are the same bytes. Nothing for a missing folder, which loading the data reports.
/// </summary>
public sealed class ReadDataVersion(string dataDirectory) : IModule
{
    public ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, PipelineContext context) =>
        Directory.Exists(dataDirectory) ? inputs.Add(Document.Compute().With(SiteKeys.DataVersion, DataVersion.Of(dataDirectory))) : inputs;
}
