using System.Collections.Concurrent;
using Reports.Rendering.Charts;

namespace Reports.Preview;

/// <summary>
/// Rendered charts kept in memory, keyed by a SHA-256 of each chart's canonical inputs, so a rebuild only
/// redraws the charts whose data changed. Thread-safe: a chart requested by several threads at once is drawn once.
/// </summary>
public sealed class ChartCache
{
    private readonly ConcurrentDictionary<string, Lazy<Chart>> entries = new(StringComparer.Ordinal);
    private int hits;
    private int misses;

    /// <summary>Requests answered from the cache.</summary>
    public int Hits => Volatile.Read(ref hits);

    /// <summary>Requests that had to draw the chart.</summary>
    public int Misses => Volatile.Read(ref misses);

    public int Count => entries.Count;

    public bool Contains(string key) => entries.ContainsKey(key);

    public void Clear() => entries.Clear();

    /// <summary>Forgets every chart but those under <paramref name="keys"/>: a long-lived cache keeps one site's charts, not every edit's.</summary>
    public void RetainOnly(IReadOnlyCollection<string> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        HashSet<string> keep = new(keys, StringComparer.Ordinal);
        foreach (string key in entries.Keys)
        {
            if (!keep.Contains(key))
            {
                entries.TryRemove(key, out _);
            }
        }
    }

    internal Chart GetOrRender(string key, Func<Chart> render)
    {
        Lazy<Chart> mine = new(render, LazyThreadSafetyMode.ExecutionAndPublication);
        Lazy<Chart> entry = entries.GetOrAdd(key, mine);
        if (ReferenceEquals(entry, mine))
        {
            Interlocked.Increment(ref misses);
        }
        else
        {
            Interlocked.Increment(ref hits);
        }

        try
        {
            return entry.Value;
        }
        catch
        {
            // A failed render is a bug to report, not a result to keep.
            entries.TryRemove(new KeyValuePair<string, Lazy<Chart>>(key, entry));
            throw;
        }
    }
}
