namespace Reports.Site.Models;

/// <summary>One published week on the Archive page.</summary>
/// <param name="Href">The frozen report, relative to the site root.</param>
/// <param name="LiveHref">Today's report of the same week; null when the data no longer scores it.</param>
/// <param name="Checksum">SHA-256 of the snapshot's <c>manifest.json</c>.</param>
/// <param name="Status">As published, restated, or no longer scored.</param>
public sealed record ArchiveRow(
    string WeekOf,
    string Href,
    string ZipHref,
    string ZipSize,
    string Total,
    StatusChip Decision,
    int Phase,
    string Checksum,
    string ManifestHref,
    string DataVersion,
    string? LiveHref,
    StatusChip Status);
