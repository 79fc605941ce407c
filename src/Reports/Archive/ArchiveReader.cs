using Reports.Paths;

namespace Reports.Archive;

/// <summary>Lists the published snapshots, for the site's Archive page and for flagging restated weeks.</summary>
public static class ArchiveReader
{
    /// <summary>
    /// Every snapshot folder whose name is a week and whose manifest reads and names that week, in date order.
    /// Anything else is skipped here: <see cref="ArchiveVerifier.Verify"/> reports it, and every command runs
    /// that first.
    /// </summary>
    public static IReadOnlyList<ArchivedSnapshot> List(string dataDirectory)
    {
        ArgumentNullException.ThrowIfNull(dataDirectory);
        var root = ArchiveLayout.Root(dataDirectory);
        if (!Directory.Exists(root))
        {
            return [];
        }

        var snapshots = new List<ArchivedSnapshot>();
        foreach (var folder in Folders(root))
        {
            if (!ArchiveLayout.TryParseWeek(Path.GetFileName(folder), out var week))
            {
                continue;
            }

            var manifest = ArchiveManifest.Read(Path.Combine(folder, ArchiveLayout.ManifestFileName));
            if (manifest.Succeeded && manifest.Value!.WeekOf == week)
            {
                snapshots.Add(new ArchivedSnapshot(week, folder.Replace('\\', '/'), manifest.Value));
            }
        }

        return snapshots.OrderBy(s => s.WeekOf).ToArray();
    }

    /// <summary>The weeks that have a snapshot folder, whatever state its manifest is in.</summary>
    public static IReadOnlySet<DateOnly> Weeks(string dataDirectory)
    {
        ArgumentNullException.ThrowIfNull(dataDirectory);
        var root = ArchiveLayout.Root(dataDirectory);
        var weeks = new SortedSet<DateOnly>();
        if (Directory.Exists(root))
        {
            foreach (var folder in Directory.EnumerateDirectories(root))
            {
                if (ArchiveLayout.TryParseWeek(Path.GetFileName(folder), out var week))
                {
                    weeks.Add(week);
                }
            }
        }

        return weeks;
    }

    /// <summary>The real folders of the archive: links are never followed (see <see cref="FolderWalk"/>).</summary>
    private static IEnumerable<string> Folders(string root) => FolderWalk.List(root, recurse: false).Folders.Select(name => Path.Combine(root, name));
}
