using Reports.Archive;

namespace Reports.Site;

/// <summary>A snapshot of <c>data/archive/</c> as the site publishes it, with what today's data would change in it.</summary>
/// <param name="ManifestSha256">SHA-256 of its <c>manifest.json</c>: the checksum that names the whole snapshot.</param>
/// <param name="ZipSize">Bytes of its <c>.zip</c> download.</param>
public sealed record PublishedSnapshot(Restatement Restatement, string ManifestSha256, long ZipSize)
{
    /// <summary>The week's numbers as published (its <c>report.json</c>), which a later report is compared with; null when the snapshot has none.</summary>
    public History.WeekSide? Published { get; init; }

    public DateOnly WeekOf => Restatement.Snapshot.WeekOf;

    public ArchiveManifest Manifest => Restatement.Manifest;
}
