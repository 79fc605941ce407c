using System.Collections.Immutable;

namespace Reports.Pipeline.Modules;

/// <summary>Keeps the documents that match, in order (e.g. drop drafts).</summary>
public sealed class FilterDocuments(Func<Document, bool> keep) : IModule
{
    public ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, PipelineContext context) =>
        inputs.RemoveAll(d => !keep(d));
}
