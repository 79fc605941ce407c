using System.Globalization;
using Reports.Diagnostics;

namespace Reports.Archive;

/// <summary>
/// Proves that every published snapshot in <c>data/archive/</c> is exactly what was published: each folder is
/// named for a week, has a manifest for that week, and holds the manifest's files, byte for byte, and no others.
/// </summary>
public static class ArchiveVerifier
{
    /// <summary>
    /// Every problem of the archive under <paramref name="dataDirectory"/>; none when it has no archive. Paths are
    /// <c>Path.Combine(dataDirectory, "archive", …)</c> with '/' separators, as the loader writes them.
    /// </summary>
    public static IReadOnlyList<Diagnostic> Verify(string dataDirectory)
    {
        ArgumentNullException.ThrowIfNull(dataDirectory);
        var root = ArchiveLayout.Root(dataDirectory);
        if (!Directory.Exists(root))
        {
            return [];
        }

        var diagnostics = new List<Diagnostic>();
        foreach (var entry in Directory.EnumerateFileSystemEntries(root).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(entry);
            var at = SourceLocation.File(Slashes(entry));
            if (!Directory.Exists(entry))
            {
                diagnostics.Add(DataErrors.ArchiveStrayFile(at, name));
            }
            else if (!ArchiveLayout.TryParseWeek(name, out var week))
            {
                diagnostics.Add(DataErrors.ArchiveFolderNotADate(at, name));
            }
            else
            {
                diagnostics.AddRange(VerifySnapshot(entry, week));
            }
        }

        return diagnostics;
    }

    private static IEnumerable<Diagnostic> VerifySnapshot(string folder, DateOnly week)
    {
        var manifestPath = Path.Combine(folder, ArchiveLayout.ManifestFileName);
        var read = ArchiveManifest.Read(manifestPath);
        if (!read.Succeeded)
        {
            foreach (var diagnostic in read.Diagnostics)
            {
                yield return diagnostic;
            }

            yield break;
        }

        var manifest = read.Value!;
        var folderName = ArchiveLayout.FolderNameOf(week);
        if (manifest.WeekOf != week)
        {
            yield return DataErrors.ArchiveWeekMismatch(SourceLocation.File(Slashes(manifestPath)), folderName, ArchiveLayout.FolderNameOf(manifest.WeekOf));
        }

        var present = SnapshotFiles.List(folder).ToHashSet(StringComparer.Ordinal);
        foreach (var file in manifest.Files)
        {
            var path = Path.Combine(folder, file.Path);
            var at = SourceLocation.File(Slashes(path));
            if (!present.Contains(file.Path))
            {
                yield return DataErrors.ArchiveFileMissing(at, folderName);
                continue;
            }

            var size = new FileInfo(path).Length;
            if (size != file.Size)
            {
                yield return DataErrors.ArchiveFileChanged(at, string.Create(CultureInfo.InvariantCulture, $"it has {size} bytes, the manifest says {file.Size}"));
                continue;
            }

            var sha256 = FileDigest.Sha256(path);
            if (!string.Equals(sha256, file.Sha256, StringComparison.Ordinal))
            {
                yield return DataErrors.ArchiveFileChanged(at, $"its SHA-256 is {sha256[..12]}…, the manifest says {file.Sha256[..12]}…");
            }
        }

        var listed = manifest.Files.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        foreach (var extra in present.Where(p => !listed.Contains(p)).Order(StringComparer.Ordinal))
        {
            yield return DataErrors.ArchiveFileExtra(SourceLocation.File(Slashes(Path.Combine(folder, extra))), folderName);
        }
    }

    private static string Slashes(string path) => path.Replace('\\', '/');
}
