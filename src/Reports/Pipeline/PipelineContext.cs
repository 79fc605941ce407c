using System.Collections.Immutable;

namespace Reports.Pipeline;

/// <summary>
/// What a module may use besides its input documents: the outputs of other pipelines it is allowed to see,
/// the overlay file system, a thread-safe diagnostics sink and cancellation.
/// </summary>
public sealed class PipelineContext
{
    private readonly ImmutableDictionary<string, ImmutableArray<Document>> _visibleOutputs;

    /// <param name="visibleOutputs">Process outputs this pipeline may read, by pipeline name.</param>
    public PipelineContext(
        string pipelineName,
        PipelinePhase phase,
        OverlayFileSystem files,
        DiagnosticSink diagnostics,
        IReadOnlyDictionary<string, ImmutableArray<Document>>? visibleOutputs = null,
        CancellationToken cancellationToken = default)
    {
        PipelineName = pipelineName;
        Phase = phase;
        Files = files;
        Diagnostics = diagnostics;
        CancellationToken = cancellationToken;
        _visibleOutputs = visibleOutputs?.ToImmutableDictionary(StringComparer.Ordinal)
            ?? ImmutableDictionary.Create<string, ImmutableArray<Document>>(StringComparer.Ordinal);
    }

    public string PipelineName { get; }

    /// <summary>The same context reporting into <paramref name="diagnostics"/>.</summary>
    public PipelineContext WithDiagnostics(DiagnosticSink diagnostics) =>
        new(PipelineName, Phase, Files, diagnostics, _visibleOutputs, CancellationToken);

    public PipelinePhase Phase { get; }

    public OverlayFileSystem Files { get; }

    public DiagnosticSink Diagnostics { get; }

    public CancellationToken CancellationToken { get; }

    /// <summary>
    /// Another pipeline's Process outputs. During Process only declared (direct or indirect) dependencies are
    /// visible; during Render every pipeline is. Asking for anything else is a bug in the pipeline definitions.
    /// </summary>
    public ImmutableArray<Document> Outputs(string pipelineName) =>
        _visibleOutputs.TryGetValue(pipelineName, out var documents)
            ? documents
            : throw new InvalidOperationException(
                $"Pipeline '{PipelineName}' ({Phase}) cannot see pipeline '{pipelineName}'; visible: "
                + $"{string.Join(", ", _visibleOutputs.Keys.Order(StringComparer.Ordinal))}. Declare it with DependsOn.");

    /// <summary>The value of <paramref name="key"/> on the one document of <paramref name="pipelineName"/> that has it.</summary>
    public T Single<T>(string pipelineName, MetadataKey<T> key)
    {
        var holders = Outputs(pipelineName).Where(d => d.Has(key)).ToList();
        return holders.Count == 1
            ? holders[0].Get(key)
            : throw new InvalidOperationException(
                $"Pipeline '{pipelineName}' has {holders.Count} documents with '{key.Name}'; expected exactly one.");
    }
}
