using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;

namespace Reports.Pipeline;

/// <summary>
/// One immutable unit flowing through a pipeline: where it came from, where it goes, its content and typed
/// metadata. Every change returns a clone (<c>with</c>, <see cref="With{T}"/>, <see cref="WithText"/>).
/// </summary>
public sealed record Document
{
    private readonly string? _destination;
    private ImmutableDictionary<object, object?> _metadata = ImmutableDictionary.Create<object, object?>(ReferenceEqualityComparer.Instance);

    /// <summary>The file it was read from, as a person would type it (<c>input/weeks/2026-02-18.md</c>), or null.</summary>
    public string? Source { get; init; }

    /// <summary>Site-relative output path (<c>weeks/2026-02-18/index.html</c>), or null for a compute-only document.</summary>
    public string? Destination
    {
        get => _destination;
        init => _destination = value is null ? null : SitePath.Validate(value);
    }

    public DocumentContent Content { get; init; } = DocumentContent.Empty;

    /// <summary>A document that carries only metadata: computed data for later pipelines, never published.</summary>
    public static Document Compute() => new();

    public static Document FromText(string text, string? destination = null, string? source = null) =>
        new() { Content = DocumentContent.FromText(text), Destination = destination, Source = source };

    public static Document FromBytes(ImmutableArray<byte> bytes, string? destination = null, string? source = null) =>
        FromContent(DocumentContent.FromBytes(bytes), destination, source);

    public static Document FromContent(DocumentContent content, string? destination = null, string? source = null) =>
        new() { Content = content, Destination = destination, Source = source };

    public bool Has<T>(MetadataKey<T> key) => _metadata.ContainsKey(key);

    /// <summary>The value stored under <paramref name="key"/>; asking for a missing key is a bug in step order.</summary>
    public T Get<T>(MetadataKey<T> key) =>
        TryGet(key, out var value)
            ? value
            : throw new InvalidOperationException($"Document '{Destination ?? Source ?? "(compute)"}' has no metadata '{key.Name}'.");

    public bool TryGet<T>(MetadataKey<T> key, [MaybeNullWhen(false)] out T value)
    {
        if (_metadata.TryGetValue(key, out var stored))
        {
            value = (T)stored!;
            return true;
        }

        value = default;
        return false;
    }

    public T GetOrDefault<T>(MetadataKey<T> key, T fallback) => TryGet(key, out var value) ? value : fallback;

    public Document With<T>(MetadataKey<T> key, T value) => this with { _metadata = _metadata.SetItem(key, value) };

    public Document WithText(string text) => this with { Content = DocumentContent.FromText(text) };

    public Document WithDestination(string? destination) => this with { Destination = destination };
}
