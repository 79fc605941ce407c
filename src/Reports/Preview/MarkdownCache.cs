using System.Collections.Concurrent;
using Reports.Rendering.Markdown;

namespace Reports.Preview;

/// <summary>
/// <see cref="SafeMarkdown"/> with memory: a rebuild converts only the cells whose text changed. The conversion
/// is a pure function of the text, so a hit is always right. Entries a build did not use are dropped when the
/// next one starts, so the cache holds one site's worth of cells. Thread-safe.
/// </summary>
public sealed class MarkdownCache
{
    private readonly ConcurrentDictionary<(string Markdown, bool Inline), Entry> _entries = new();
    private int _generation;

    public int Count => _entries.Count;

    /// <summary>Starts a build: forgets what the previous one did not use.</summary>
    public void BeginBuild()
    {
        var previous = Interlocked.Increment(ref _generation) - 1;
        foreach (var (key, entry) in _entries)
        {
            if (entry.Generation < previous)
            {
                _entries.TryRemove(new KeyValuePair<(string, bool), Entry>(key, entry));
            }
        }
    }

    public string ToHtml(string markdown) => Get(markdown, inline: false);

    public string ToInlineHtml(string markdown) => Get(markdown, inline: true);

    private string Get(string markdown, bool inline)
    {
        var generation = Volatile.Read(ref _generation);
        var entry = _entries.AddOrUpdate(
            (markdown, inline),
            key => new Entry(key.Inline ? SafeMarkdown.ToInlineHtml(key.Markdown) : SafeMarkdown.ToHtml(key.Markdown), generation),
            (_, existing) => existing.Generation == generation ? existing : existing with { Generation = generation });
        return entry.Html;
    }

    private sealed record Entry(string Html, int Generation);
}
