using System.Collections.Concurrent;
using System.Collections.Immutable;
using Reports.Diagnostics;

namespace Reports.Publishing;

/// <summary>
/// What the link checker read and concluded for each page in the previous check, so that a rebuild re-reads only
/// the pages whose bytes changed, and re-resolves links only where a page or the site's shape (its files and
/// each page's ids) changed. A page counts as unchanged only when its bytes are equal (the same array, or the same
/// contents), so the cache can never hide a change. Thread-safe; pages no longer published are forgotten.
/// </summary>
public sealed class LinkScanCache
{
    private readonly ConcurrentDictionary<string, Entry> _pages = new(StringComparer.Ordinal);

    /// <summary>Pages read again by the last check (the others were unchanged).</summary>
    public int LastScanned { get; private set; }

    /// <summary>Pages whose links the last check resolved again.</summary>
    public int LastResolved { get; private set; }

    internal ScannedPage GetOrScan(string path, ImmutableArray<byte> bytes, Func<ScannedPage> scan)
    {
        if (_pages.TryGetValue(path, out var entry)
            && (entry.Bytes == bytes || entry.Bytes.AsSpan().SequenceEqual(bytes.AsSpan())))
        {
            if (entry.Bytes != bytes)
            {
                // Same contents in a new array: remember the new one, so the next check needs no comparison.
                _pages[path] = entry with { Bytes = bytes };
            }

            return entry.Page;
        }

        var page = scan();
        _pages[path] = new Entry(bytes, page, null, []);
        return page;
    }

    /// <summary>The problems found in <paramref name="path"/> last time, if neither it nor the site's shape changed since.</summary>
    internal bool TryGetProblems(string path, string shape, out ImmutableArray<Diagnostic> problems)
    {
        problems = [];
        if (_pages.TryGetValue(path, out var entry) && string.Equals(entry.Shape, shape, StringComparison.Ordinal))
        {
            problems = entry.Problems;
            return true;
        }

        return false;
    }

    internal void SetProblems(string path, string shape, ImmutableArray<Diagnostic> problems)
    {
        if (_pages.TryGetValue(path, out var entry))
        {
            _pages[path] = entry with { Shape = shape, Problems = problems };
        }
    }

    internal void Finish(IReadOnlyCollection<string> checkedPaths, int scanned, int resolved)
    {
        var keep = checkedPaths as IReadOnlySet<string> ?? checkedPaths.ToHashSet(StringComparer.Ordinal);
        foreach (var path in _pages.Keys.Where(p => !keep.Contains(p)).ToList())
        {
            _pages.TryRemove(path, out _);
        }

        LastScanned = scanned;
        LastResolved = resolved;
    }

    /// <param name="Shape">The site shape the <paramref name="Problems"/> were found against; null before any resolution.</param>
    private sealed record Entry(ImmutableArray<byte> Bytes, ScannedPage Page, string? Shape, ImmutableArray<Diagnostic> Problems);
}
