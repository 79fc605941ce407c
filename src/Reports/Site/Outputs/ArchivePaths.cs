using Reports.Archive;

namespace Reports.Site.Outputs;

/// <summary>Where the archive is published: the Archive page, each snapshot byte for byte, and its <c>.zip</c>.</summary>
public static class ArchivePaths
{
    /// <summary>The Archive page's address.</summary>
    public const string Index = "archive/";

    /// <summary><c>archive/2026-02-17/</c>: the snapshot's files, exactly as <c>data/archive/2026-02-17/</c> holds them.</summary>
    public static string Folder(DateOnly week) => Index + ArchiveLayout.FolderNameOf(week) + "/";

    /// <summary><c>archive/weekly-report-2026-02-17.zip</c>: the snapshot as one download.</summary>
    public static string Zip(DateOnly week) => Index + "weekly-report-" + ArchiveLayout.FolderNameOf(week) + ".zip";
}
