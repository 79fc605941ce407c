using System.Collections.Immutable;
using Reports.Pipeline;

namespace Reports.Rendering.Templates;

/// <summary>
/// The pages a session filled its <see cref="Stamp"/>s into last time: a page that comes back from the render cache as
/// the very same bytes, with the same stamp values, gets the very same filled bytes back, which publishing then
/// recognises as unchanged without comparing them; with other values, the placeholders are not searched for again.
/// Holds the last build's pages only.
/// </summary>
public sealed class FilledPages
{
    private readonly Lock _gate = new();
    private Dictionary<string, Entry> _pages = new(StringComparer.Ordinal);

    /// <summary>Fills every page of <paramref name="pages"/> in <paramref name="files"/>, reusing what the last call filled.</summary>
    public ImmutableSortedDictionary<string, ImmutableArray<byte>> Fill(
        ImmutableSortedDictionary<string, ImmutableArray<byte>> files, IEnumerable<string> pages, IReadOnlyList<Stamp> stamps)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(stamps);
        var names = string.Join("\n", stamps.Select(s => s.Deferred ? s.Name : ""));
        var values = string.Join("\n", stamps.Select(s => s.Name + "=" + s.Value));
        lock (_gate)
        {
            var previous = _pages;
            _pages = new Dictionary<string, Entry>(StringComparer.Ordinal);
            var filled = files.ToBuilder();
            var paths = pages.ToArray();
            // After a data edit every page gets the new version: tens of megabytes to copy, on every core.
            var made = OrderedParallel.Map(paths.Length, CancellationToken.None, i =>
            {
                var source = files[paths[i]];
                if (!previous.TryGetValue(paths[i], out var entry) || entry.Source != source || entry.Names != names)
                {
                    var sites = Stamp.Find(source, stamps);
                    return new Entry(source, names, sites, values, Stamp.Fill(source, stamps, sites));
                }

                return entry.Values == values ? entry : entry with { Values = values, Filled = Stamp.Fill(source, stamps, entry.Sites) };
            });
            for (var i = 0; i < paths.Length; i++)
            {
                _pages[paths[i]] = made[i];
                filled[paths[i]] = made[i].Filled;
            }

            return filled.ToImmutable();
        }
    }

    /// <param name="Names">Which stamps the <paramref name="Sites"/> index.</param>
    private sealed record Entry(ImmutableArray<byte> Source, string Names, ImmutableArray<(int At, int Stamp)> Sites, string Values, ImmutableArray<byte> Filled);
}
