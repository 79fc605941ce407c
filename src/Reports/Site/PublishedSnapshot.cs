using Reports.Archive;

namespace Reports.Site;

/// <summary>A snapshot of <c>data/archive/</c> as the site publishes it, with what today's data would change in it.</summary>
/// <param name="ManifestSha256">SHA-256 of its <c>manifest.json</c>: the checksum that names the whole snapshot.</param>
/// <param name="ZipSize">Bytes of its <c>.zip</c> download.</param>
public sealed record PublishedSnapshot(Restatement Restatement, string ManifestSha256, long ZipSize)
{
    public DateOnly WeekOf => Restatement.Snapshot.WeekOf;

    public ArchiveManifest Manifest => Restatement.Manifest;
}
