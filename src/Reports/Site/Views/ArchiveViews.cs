using System.Globalization;
using Reports.Site.Models;
using Reports.Site.Outputs;

namespace Reports.Site.Views;

/// <summary>The archive as the pages show it: the Archive page's rows, and a weekly report's frozen copy and restatement.</summary>
public static class ArchiveViews
{
    public static ArchiveModel Index(PublishedArchive archive)
    {
        ArgumentNullException.ThrowIfNull(archive);
        var rows = archive.Snapshots.Reverse().Select(s => new ArchiveRow(
            Format.Date(s.WeekOf),
            ArchivePaths.Folder(s.WeekOf),
            ArchivePaths.Zip(s.WeekOf),
            Size(s.ZipSize),
            Format.Points(s.Manifest.Total),
            Chips.Decision(s.Manifest.Decision),
            s.Manifest.Phase,
            s.ManifestSha256,
            ArchivePaths.Folder(s.WeekOf) + Archive.ArchiveLayout.ManifestFileName,
            s.Manifest.DataVersion,
            s.Restatement.Removed ? null : ViewModelFactory.WeekHref(s.WeekOf),
            Chips.Publication(s.Restatement))).ToArray();
        return new ArchiveModel(rows, archive.Snapshots.Count(s => s.Restatement.IsRestated));
    }

    /// <summary>The frozen copy of <paramref name="week"/>, or null when it was never archived.</summary>
    public static ArchivedWeekView? Week(PublishedArchive archive, DateOnly week)
    {
        ArgumentNullException.ThrowIfNull(archive);
        if (archive.Find(week) is not { } snapshot)
        {
            return null;
        }

        var restated = snapshot.Restatement.IsRestated;
        return new ArchivedWeekView(
            ArchivePaths.Folder(week),
            ArchivePaths.Zip(week),
            snapshot.ManifestSha256,
            Format.Points(snapshot.Manifest.Total),
            Chips.DecisionCode(snapshot.Manifest.Decision),
            restated,
            snapshot.Restatement.Rows is not null,
            restated ? RestatementText.Lines(snapshot.Restatement) : []);
    }

    /// <summary>"3.4 KB", "812 bytes": download sizes people can read.</summary>
    public static string Size(long bytes) => bytes < 1024
        ? bytes.ToString(CultureInfo.InvariantCulture) + " bytes"
        : (bytes / 1024m).ToString("0.0", CultureInfo.InvariantCulture) + " KB";
}
