using Reports.Paths;

namespace Reports.Archive;

/// <summary>The files a snapshot folder holds, as its manifest names them.</summary>
internal static class SnapshotFiles
{
    /// <summary>
    /// Every file below <paramref name="folder"/> but its manifest (hidden ones too: a hidden file added to a snapshot is
    /// still an added file), found by <see cref="FolderWalk"/>: links that leave the folder are in its
    /// <see cref="FolderContents.LinksLeaving"/>, and the verifier refuses the snapshot for them.
    /// </summary>
    public static FolderContents Walk(string folder)
    {
        var contents = FolderWalk.List(folder);
        return contents with { Files = [.. contents.Files.Where(f => f.RelativePath != ArchiveLayout.ManifestFileName)] };
    }

    /// <summary>The relative, '/'-separated paths of <see cref="Walk"/>'s files, in ordinal order.</summary>
    public static IReadOnlyList<string> List(string folder) => [.. Walk(folder).Files.Select(f => f.RelativePath)];
}
