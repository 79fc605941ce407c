using System.Collections.Concurrent;
using System.Collections.Immutable;
using Reports.Publishing;

namespace Reports.Preview;

/// <summary>
/// What an <see cref="OutputWriter"/> of this process last left in an output folder: for each file, the bytes
/// it holds and the size and time the file had then. A later publish of the same bytes finds the file unchanged
/// from a stat and an in-memory comparison, without opening it, and so are changed bytes; a file touched since, or
/// in a different folder, is compared with the file on disk as usual. Thread-safe.
/// </summary>
public sealed class PublishedFiles
{
    private readonly ConcurrentDictionary<string, Entry> _files = new(StringComparer.Ordinal);
    private string? _folder;

    /// <summary>
    /// Whether <paramref name="bytes"/> equal what this process left at <paramref name="sitePath"/>, when the file is
    /// as it was left (same size and time); null when that is not known and the file must be compared on disk.
    /// </summary>
    internal bool? IsUnchanged(string folder, string sitePath, ImmutableArray<byte> bytes, FileInfo file) =>
        string.Equals(_folder, folder, StringComparison.Ordinal)
        && _files.TryGetValue(sitePath, out var entry)
        && file.Exists
        && file.Length == entry.Length
        && file.LastWriteTimeUtc == entry.WrittenAt
            ? entry.Bytes == bytes || SameBytes(entry.Bytes.AsSpan(), bytes.AsSpan())
            : null;

    /// <summary>Compares the ends first: a page whose data version changed differs in its footer, after tens of kilobytes that do not.</summary>
    private static bool SameBytes(ReadOnlySpan<byte> was, ReadOnlySpan<byte> now)
    {
        var tail = Math.Min(was.Length, 1024);
        return was.Length == now.Length && was[^tail..].SequenceEqual(now[^tail..]) && was.SequenceEqual(now);
    }

    /// <param name="written">The files just written; a file found unchanged as the same array keeps what was recorded for it.</param>
    internal void Record(string folder, IReadOnlyDictionary<string, ImmutableArray<byte>> files, IReadOnlyCollection<string> written, Func<string, string> physicalPath)
    {
        if (!string.Equals(_folder, folder, StringComparison.Ordinal))
        {
            _files.Clear();
            _folder = folder;
        }

        // A file that was neither written nor found the same array as last time (compared on disk instead) is looked at
        // again too, so that a file touched since, but with the same bytes, is again recognised from a stat.
        var restat = files
            .Where(f => !_files.TryGetValue(f.Key, out var entry) || entry.Bytes != f.Value)
            .Select(f => f.Key)
            .Union(written, StringComparer.Ordinal)
            .ToArray();
        Parallel.ForEach(restat, path =>
        {
            var info = new FileInfo(physicalPath(path));
            _files[path] = new Entry(files[path], info.Length, info.LastWriteTimeUtc);
        });

        foreach (var stale in _files.Keys.Where(p => !files.ContainsKey(p)).ToList())
        {
            _files.TryRemove(stale, out _);
        }
    }

    internal void Forget() => _files.Clear();

    private sealed record Entry(ImmutableArray<byte> Bytes, long Length, DateTime WrittenAt);
}
