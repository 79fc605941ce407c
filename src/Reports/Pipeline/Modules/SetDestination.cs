using System.Collections.Immutable;

namespace Reports.Pipeline.Modules;

/// <summary>Decides where each document is published (null: compute-only, not published).</summary>
public sealed class SetDestination(Func<Document, string?> destination) : IModule
{
    public ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, PipelineContext context) =>
        [.. inputs.Select(d => d.WithDestination(destination(d)))];
}
