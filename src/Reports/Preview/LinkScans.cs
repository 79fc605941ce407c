using System.Collections.Concurrent;
using System.IO.Hashing;
using Reports.Publishing;

namespace Reports.Preview;

/// <summary>
/// The link check's scan of each page (its links and ids) that earlier builds of this process made, keyed by a hash
/// of the page's bytes, the scan's whole input: a rebuild scans only the pages whose bytes changed. Resolving the
/// links against the site's files is done every build. Entries a build did not use are dropped when it ends, so the
/// cache holds one site's worth. Thread-safe.
/// </summary>
public sealed class LinkScans
{
    private readonly ConcurrentDictionary<UInt128, Entry> _entries = new();
    private int _generation;
    private int _misses;

    /// <summary>Pages scanned afresh by the current (or last) build.</summary>
    public int Misses => Volatile.Read(ref _misses);

    public int Count => _entries.Count;

    public void BeginBuild()
    {
        Interlocked.Increment(ref _generation);
        Interlocked.Exchange(ref _misses, 0);
    }

    /// <summary>Forgets the scans of pages the last build did not publish.</summary>
    public void EndBuild()
    {
        var generation = Volatile.Read(ref _generation);
        foreach (var (key, entry) in _entries)
        {
            if (entry.Generation != generation)
            {
                _entries.TryRemove(new KeyValuePair<UInt128, Entry>(key, entry));
            }
        }
    }

    internal ScannedPage GetOrScan(bool html, ReadOnlySpan<byte> bytes, ScanPage scan)
    {
        // HTML and CSS are scanned differently: the kind is part of the input.
        var key = XxHash128.HashToUInt128(bytes, html ? 1 : 2);
        var generation = Volatile.Read(ref _generation);
        if (_entries.TryGetValue(key, out var entry))
        {
            _entries[key] = entry with { Generation = generation };
            return entry.Page;
        }

        Interlocked.Increment(ref _misses);
        var page = scan(bytes);
        _entries[key] = new Entry(page, generation);
        return page;
    }

    internal delegate ScannedPage ScanPage(ReadOnlySpan<byte> bytes);

    private sealed record Entry(ScannedPage Page, int Generation);
}
