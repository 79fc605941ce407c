using System.Collections.Concurrent;
using System.Collections.Immutable;

namespace Reports.Publishing;

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
            ? entry.Bytes == bytes || entry.Bytes.AsSpan().SequenceEqual(bytes.AsSpan())
            : null;

    internal void Record(string folder, IEnumerable<KeyValuePair<string, ImmutableArray<byte>>> files, Func<string, string> physicalPath)
    {
        if (!string.Equals(_folder, folder, StringComparison.Ordinal))
        {
            _files.Clear();
            _folder = folder;
        }

        var current = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (path, bytes) in files)
        {
            current.Add(path);
            var info = new FileInfo(physicalPath(path));
            _files[path] = new Entry(bytes, info.Length, info.LastWriteTimeUtc);
        }

        foreach (var stale in _files.Keys.Where(p => !current.Contains(p)).ToList())
        {
            _files.TryRemove(stale, out _);
        }
    }

    internal void Forget() => _files.Clear();

    private sealed record Entry(ImmutableArray<byte> Bytes, long Length, DateTime WrittenAt);
}
