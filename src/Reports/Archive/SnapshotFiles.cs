namespace Reports.Archive;

/// <summary>The files a snapshot folder holds, as its manifest names them.</summary>
internal static class SnapshotFiles
{
    private static readonly EnumerationOptions EveryFile = new()
    {
        RecurseSubdirectories = true,
        AttributesToSkip = 0, // a hidden file added to a snapshot is still an added file
        IgnoreInaccessible = false,
    };

    /// <summary>Every file below <paramref name="folder"/> but its manifest: relative, '/'-separated, in ordinal order.</summary>
    public static IReadOnlyList<string> List(string folder) =>
        Directory.EnumerateFiles(folder, "*", EveryFile)
            .Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/'))
            .Where(p => p != ArchiveLayout.ManifestFileName)
            .Order(StringComparer.Ordinal)
            .ToArray();
}
