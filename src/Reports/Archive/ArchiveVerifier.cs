using System.Globalization;
using Reports.Diagnostics;
using Reports.Paths;

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

        if (!ContainedPath.StaysInside(dataDirectory, root))
        {
            return [PathErrors.LinkLeavesFolder(root, dataDirectory)];
        }

        var entries = FolderWalk.List(root, recurse: false);
        var diagnostics = new List<Diagnostic>();
        foreach (var name in entries.Folders.Concat(entries.Files.Select(f => f.RelativePath)).Concat(entries.LinksLeaving).Order(StringComparer.Ordinal))
        {
            var entry = Path.Combine(root, name);
            var at = SourceLocation.File(Slashes(entry));
            if (entries.LinksLeaving.Contains(name))
            {
                diagnostics.Add(PathErrors.LinkLeavesFolder(entry, root));
            }
            else if (!entries.Folders.Contains(name))
            {
                diagnostics.Add(DataErrors.ArchiveStrayFile(at, name));
            }
            else if (!ArchiveLayout.TryParseWeek(name, out var week))
            {
                diagnostics.Add(DataErrors.ArchiveFolderNotADate(at, name));
            }
            else
            {
                // At most a bag's worth per snapshot, however many entries its manifest lists.
                var bag = new DiagnosticBag(Slashes(Path.Combine(entry, ArchiveLayout.ManifestFileName)));
                foreach (var diagnostic in VerifySnapshot(entry, week))
                {
                    bag.Add(diagnostic);
                }

                diagnostics.AddRange(bag.ToList());
            }
        }

        return diagnostics;
    }

    private static IEnumerable<Diagnostic> VerifySnapshot(string folder, DateOnly week)
    {
        var contents = SnapshotFiles.Walk(folder);
        if (contents.LinksLeaving.Length > 0)
        {
            // Nothing of a snapshot with such a link is read, its manifest included.
            foreach (var link in contents.LinksLeaving)
            {
                yield return PathErrors.LinkLeavesFolder(Path.Combine(folder, link), folder);
            }

            yield break;
        }

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

        var present = contents.Files.ToDictionary(f => f.RelativePath, f => f.PhysicalPath, StringComparer.Ordinal);
        foreach (var file in manifest.Files)
        {
            var at = SourceLocation.File(Slashes(Path.Combine(folder, file.Path)));
            if (!present.TryGetValue(file.Path, out var path))
            {
                yield return DataErrors.ArchiveFileMissing(at, folderName);
                continue;
            }

            // The file a link resolves to (inside the snapshot) is measured, hashed and later copied: one file throughout.
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
        foreach (var extra in present.Keys.Where(p => !listed.Contains(p)).Order(StringComparer.Ordinal))
        {
            yield return DataErrors.ArchiveFileExtra(SourceLocation.File(Slashes(Path.Combine(folder, extra))), folderName);
        }
    }

    private static string Slashes(string path) => path.Replace('\\', '/');
}
