using System.Collections.Immutable;
using Reports.Data;
using Reports.Pipeline;

namespace Reports.Site.Modules;

/// <summary>Loads and validates the data folder; every problem found becomes a diagnostic and stops the build.</summary>
/// <param name="cache">A session's last load, reused while the CSV files are unchanged; null loads every time.</param>
public sealed class LoadData(string dataDirectory, LoadedDataCache? cache = null) : IModule
{
    public ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, PipelineContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var loaded = cache is null ? DataFolderLoader.Load(dataDirectory) : cache.Load(dataDirectory);
        context.Diagnostics.AddRange(loaded.Diagnostics);
        return loaded.Succeeded && loaded.Value is { } data
            ? inputs.Add(Document.Compute().With(SiteKeys.Data, data))
            : inputs;
    }
}
