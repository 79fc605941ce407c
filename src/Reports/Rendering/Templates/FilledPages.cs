using System.Collections.Immutable;
using Reports.Pipeline;

namespace Reports.Rendering.Templates;

/// <summary>
/// The pages a session filled its <see cref="Stamp"/>s into last time: a page that comes back from the render cache as
/// the very same bytes, with the same stamp values, gets the very same filled bytes back, which publishing then
/// recognises as unchanged without comparing them. Holds the last build's pages only.
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
                return previous.TryGetValue(paths[i], out var entry) && entry.Source == source && entry.Values == values
                    ? entry.Filled
                    : Stamp.Fill(source, stamps);
            });
            for (var i = 0; i < paths.Length; i++)
            {
                _pages[paths[i]] = new Entry(files[paths[i]], values, made[i]);
                filled[paths[i]] = made[i];
            }

            return filled.ToImmutable();
        }
    }

    private sealed record Entry(ImmutableArray<byte> Source, string Values, ImmutableArray<byte> Filled);
}
