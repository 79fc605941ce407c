using System.Collections.Concurrent;
using System.Collections.Immutable;

namespace Reports.Publishing;

/// <summary>
/// What the link checker read from each page in the previous check, so that a rebuild re-reads only the pages
/// whose bytes changed. A page counts as unchanged only when its bytes are equal (the same array, or the same
/// contents), so a cache can never hide a change. Thread-safe; pages no longer published are forgotten.
/// </summary>
public sealed class LinkScanCache
{
    private readonly ConcurrentDictionary<string, Entry> _pages = new(StringComparer.Ordinal);

    /// <summary>Pages read again by the last check (the others were unchanged).</summary>
    public int LastScanned { get; private set; }

    internal ScannedPage GetOrScan(string path, ImmutableArray<byte> bytes, Func<ScannedPage> scan)
    {
        if (_pages.TryGetValue(path, out var entry)
            && (entry.Bytes == bytes || entry.Bytes.AsSpan().SequenceEqual(bytes.AsSpan())))
        {
            return entry.Page;
        }

        var page = scan();
        _pages[path] = new Entry(bytes, page);
        return page;
    }

    internal void Finish(IReadOnlyCollection<string> checkedPaths, int scanned)
    {
        var keep = checkedPaths as IReadOnlySet<string> ?? checkedPaths.ToHashSet(StringComparer.Ordinal);
        foreach (var path in _pages.Keys.Where(p => !keep.Contains(p)).ToList())
        {
            _pages.TryRemove(path, out _);
        }

        LastScanned = scanned;
    }

    private sealed record Entry(ImmutableArray<byte> Bytes, ScannedPage Page);
}
