using System.Collections.Immutable;
using Reports.Diagnostics;
using Reports.Pipeline;

namespace Reports.Preview;

/// <summary>What one <see cref="Pipeline.Modules.CacheDocuments"/> step made last, and the key of the input it made it from. Thread-safe.</summary>
public sealed class DocumentCache
{
    private readonly Lock _gate = new();
    private Entry? _last;

    /// <summary>Whether the step's last run gave back what it had made before.</summary>
    public bool LastWasReused { get; private set; }

    internal bool TryGet(string key, out ImmutableArray<Document> documents, out ImmutableArray<Diagnostic> diagnostics)
    {
        lock (_gate)
        {
            LastWasReused = _last is { } last && last.Key == key;
            (documents, diagnostics) = LastWasReused ? (_last!.Documents, _last.Diagnostics) : ([], []);
            return LastWasReused;
        }
    }

    internal void Set(string? key, ImmutableArray<Document> documents, ImmutableArray<Diagnostic> diagnostics)
    {
        lock (_gate)
        {
            _last = key is null ? null : new Entry(key, documents, diagnostics);
        }
    }

    private sealed record Entry(string Key, ImmutableArray<Document> Documents, ImmutableArray<Diagnostic> Diagnostics);
}
