using System.Collections.Immutable;
using Reports.Pipeline;
using Reports.Publishing;

namespace Reports.Site.Modules;

/// <summary>Records which fingerprinted name each asset got (<c>assets/site.css</c> → <c>assets/site.1a2b3c4d.css</c>) for the templates.</summary>
public sealed class RecordAssetNames : IModule
{
    public ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, PipelineContext context) =>
        inputs.Add(Document.Compute().With(SiteKeys.Assets, (IReadOnlyDictionary<string, string>)FingerprintFiles.Map(inputs)));
}
