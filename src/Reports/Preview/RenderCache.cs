using System.Collections.Concurrent;
using System.Collections.Immutable;

namespace Reports.Preview;

/// <summary>
/// Output bytes that earlier builds of this process produced, keyed by a fingerprint of everything that went into
/// them (for a page: the sources of the templates it can use and its whole view model). A rebuild renders only
/// what has a new key; an unchanged page gets back the very same byte array, which later steps (link check,
/// publishing) recognise without comparing. Entries not used by a build are dropped when it ends, so the cache
/// holds one site's worth. Thread-safe.
/// </summary>
public sealed class RenderCache
{
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private int _generation;
    private int _hits;
    private int _misses;

    /// <summary>Outputs reused by the current (or last) build.</summary>
    public int Hits => Volatile.Read(ref _hits);

    /// <summary>Outputs produced afresh by the current (or last) build.</summary>
    public int Misses => Volatile.Read(ref _misses);

    public int Count => _entries.Count;

    /// <summary>Starts a build: resets the counters.</summary>
    public void BeginBuild()
    {
        Interlocked.Increment(ref _generation);
        Interlocked.Exchange(ref _hits, 0);
        Interlocked.Exchange(ref _misses, 0);
    }

    /// <summary>Ends a build: forgets what it did not use.</summary>
    public void EndBuild()
    {
        var generation = Volatile.Read(ref _generation);
        foreach (var (key, entry) in _entries)
        {
            if (entry.Generation != generation)
            {
                _entries.TryRemove(new KeyValuePair<string, Entry>(key, entry));
            }
        }
    }

    /// <summary>
    /// The bytes stored under <paramref name="key"/>, or those <paramref name="produce"/> makes; null from it means
    /// "failed" (e.g. a template error) and is not stored.
    /// </summary>
    public ImmutableArray<byte>? GetOrAdd(string key, Func<ImmutableArray<byte>?> produce)
    {
        ArgumentNullException.ThrowIfNull(produce);
        var generation = Volatile.Read(ref _generation);
        if (_entries.TryGetValue(key, out var entry))
        {
            _entries[key] = entry with { Generation = generation };
            Interlocked.Increment(ref _hits);
            return entry.Bytes;
        }

        Interlocked.Increment(ref _misses);
        var bytes = produce();
        if (bytes is { } made)
        {
            _entries[key] = new Entry(made, generation);
        }

        return bytes;
    }

    private sealed record Entry(ImmutableArray<byte> Bytes, int Generation);
}
