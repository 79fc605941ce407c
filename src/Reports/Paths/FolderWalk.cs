namespace Reports.Paths;

/// <summary>
/// Lists a source folder by <see cref="ContainedPath"/>'s rule, never following a link while walking: real folders
/// are entered; a symbolic link to a file is listed when it resolves inside the folder (its target is inside, so
/// reading it reads nothing else); a link to a folder is never entered (whatever it points at inside the folder is
/// listed where it really is); any link that leads outside the folder, or loops, is listed in
/// <see cref="FolderContents.LinksLeaving"/> for the caller to report.
/// </summary>
public static class FolderWalk
{
    /// <param name="recurse">False to list only the folder's own entries.</param>
    /// <param name="skipDotEntries">Skip files and folders whose name starts with '.' (editor and VCS litter), without entering them.</param>
    public static FolderContents List(string folder, bool recurse = true, bool skipDotEntries = false)
    {
        ArgumentNullException.ThrowIfNull(folder);
        var root = new DirectoryInfo(folder);
        if (!root.Exists)
        {
            return FolderContents.Empty;
        }

        var resolvedRoot = ContainedPath.Resolve(root.FullName) ?? root.FullName;
        var files = new List<WalkedFile>();
        var folders = new List<string>();
        var leaving = new List<string>();
        var pending = new Stack<(DirectoryInfo Folder, string Relative)>();
        pending.Push((root, ""));
        while (pending.TryPop(out var current))
        {
            foreach (var entry in current.Folder.EnumerateFileSystemInfos("*", new EnumerationOptions { AttributesToSkip = 0, IgnoreInaccessible = false }))
            {
                if (skipDotEntries && entry.Name.StartsWith('.'))
                {
                    continue;
                }

                var relative = current.Relative + entry.Name;
                if (entry.Attributes.HasFlag(FileAttributes.ReparsePoint))
                {
                    if (!ContainedPath.StaysInsideResolved(resolvedRoot, entry.FullName))
                    {
                        leaving.Add(relative);
                    }
                    else if (File.Exists(entry.FullName))
                    {
                        files.Add(new WalkedFile(relative, ContainedPath.Resolve(entry.FullName)!));
                    }
                }
                else if (entry is DirectoryInfo directory)
                {
                    folders.Add(relative);
                    if (recurse)
                    {
                        pending.Push((directory, relative + "/"));
                    }
                }
                else
                {
                    files.Add(new WalkedFile(relative, entry.FullName));
                }
            }
        }

        return new FolderContents(
            [.. files.OrderBy(f => f.RelativePath, StringComparer.Ordinal)],
            [.. folders.Order(StringComparer.Ordinal)],
            [.. leaving.Order(StringComparer.Ordinal)]);
    }
}
