using System.Collections.Immutable;
using Reports.Data;
using Reports.Pipeline;

namespace Reports.Site.Modules;

/// <summary>Loads and validates the data folder; every problem found becomes a diagnostic and stops the build.</summary>
public sealed class LoadData(string dataDirectory) : IModule
{
    public ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, PipelineContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var loaded = DataFolderLoader.Load(dataDirectory);
        context.Diagnostics.AddRange(loaded.Diagnostics);
        return loaded.Succeeded && loaded.Value is { } data
            ? inputs.Add(Document.Compute().With(SiteKeys.Data, data))
            : inputs;
    }
}
