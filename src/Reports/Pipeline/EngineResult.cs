using System.Collections.Immutable;
using Reports.Diagnostics;

namespace Reports.Pipeline;

/// <summary>What a run produced: every document with a destination (ordinal by destination) and every diagnostic.</summary>
public sealed class EngineResult
{
    private readonly ImmutableDictionary<string, ImmutableArray<Document>> _outputs;

    internal EngineResult(
        ImmutableArray<Document> documents,
        ImmutableArray<Diagnostic> diagnostics,
        ImmutableDictionary<string, ImmutableArray<Document>> outputs)
    {
        Documents = documents;
        Diagnostics = diagnostics;
        _outputs = outputs;
    }

    public ImmutableArray<Document> Documents { get; }

    public ImmutableArray<Diagnostic> Diagnostics { get; }

    public bool Succeeded => !Diagnostics.Any(d => d.IsError);

    /// <summary>A pipeline's final documents (after Render), including compute-only ones; empty if it was skipped.</summary>
    public ImmutableArray<Document> Outputs(string pipelineName) =>
        _outputs.TryGetValue(pipelineName, out var documents) ? documents : [];

    /// <summary>The site as files: destination → bytes, ordinal. What the link checker and the output writer take.</summary>
    public ImmutableSortedDictionary<string, ImmutableArray<byte>> ToFiles() =>
        Documents.ToImmutableSortedDictionary(d => d.Destination!, d => d.Content.AsBytes(), StringComparer.Ordinal);
}
