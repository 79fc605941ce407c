using System.Collections.Immutable;
using System.Runtime.InteropServices;

namespace Reports.Pipeline.Modules;

/// <summary>
/// Transforms each document on its own, in parallel; output keeps input order whatever the timing,
/// because each result goes to its input's index.
/// </summary>
public sealed class ForEachDocument(Func<Document, PipelineContext, Document> transform) : IModule
{
    public ForEachDocument(Func<Document, Document> transform)
        : this((document, _) => transform(document))
    {
    }

    public ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, PipelineContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var results = OrderedParallel.Map(inputs.Length, context.CancellationToken, i =>
            transform(inputs[i], context) ?? throw new InvalidOperationException($"The transform returned null for document {i}."));
        return ImmutableCollectionsMarshal.AsImmutableArray(results);
    }
}
