using System.IO.Compression;

namespace Reports.Archive;

/// <summary>
/// A published snapshot as one <c>.zip</c> download, built so that the same snapshot always gives the same bytes:
/// entries in ordinal path order under a folder named for the week, every timestamp the week's date at midnight,
/// fixed permissions, and no compression (stored entries do not depend on the compressor's version; the files are
/// small). Nothing comes from the clock; only the "made by" byte names the operating system (Unix on Linux and macOS).
/// </summary>
public static class SnapshotZip
{
    /// <summary>A regular file readable by everyone, writable by its owner (0644), as Unix tools expect.</summary>
    private const int RegularFileAttributes = unchecked((int)0x81A4_0000);

    /// <param name="files">Snapshot path (<c>manifest.json</c>, <c>assets/site.css</c>) → bytes.</param>
    public static byte[] Create(DateOnly week, IEnumerable<KeyValuePair<string, byte[]>> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        var folder = ArchiveLayout.FolderNameOf(week);
        var timestamp = new DateTimeOffset(Clamp(week).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (path, bytes) in files.OrderBy(f => f.Key, StringComparer.Ordinal))
            {
                var entry = zip.CreateEntry(folder + "/" + path, CompressionLevel.NoCompression);
                entry.LastWriteTime = timestamp;
                entry.ExternalAttributes = RegularFileAttributes;
                using var stream = entry.Open();
                stream.Write(bytes);
            }
        }

        return buffer.ToArray();
    }

    /// <summary>Zip timestamps are DOS dates, which run from 1980 to 2107.</summary>
    private static DateOnly Clamp(DateOnly week) =>
        week < new DateOnly(1980, 1, 1) ? new DateOnly(1980, 1, 1) : week > new DateOnly(2107, 12, 31) ? new DateOnly(2107, 12, 31) : week;
}
