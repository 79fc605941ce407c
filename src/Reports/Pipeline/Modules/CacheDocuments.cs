using System.Collections.Immutable;
using Reports.Preview;

namespace Reports.Pipeline.Modules;

/// <summary>
/// Runs <paramref name="modules"/> as one stage, and with a <paramref name="cache"/> gives back what they made last
/// time while the stage's whole input is the same: <paramref name="key"/> names that input (for data, a hash of the
/// files' bytes); null means it cannot be named, and the stage runs. The key is taken before and after the run and a
/// result is kept only when both agree, so a file saved while it was read is never remembered with the wrong
/// contents. A run that reported an error is not kept; the diagnostics of a kept run are reported again.
/// </summary>
public sealed class CacheDocuments(DocumentCache? cache, Func<string?> key, params IModule[] modules) : IModule
{
    public ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, PipelineContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var before = cache is null ? null : key();
        if (before is not null && cache!.TryGet(before, out var kept, out var reported))
        {
            context.Diagnostics.AddRange(reported);
            return kept;
        }

        var sink = new DiagnosticSink();
        var stage = context.WithDiagnostics(sink);
        var documents = modules.Aggregate(inputs, (documents, module) => module.Execute(documents, stage));
        var diagnostics = sink.ToSortedArray();
        context.Diagnostics.AddRange(diagnostics);
        if (cache is not null)
        {
            cache.Set(before is not null && !sink.HasErrors && key() == before ? before : null, documents, diagnostics);
        }

        return documents;
    }
}
