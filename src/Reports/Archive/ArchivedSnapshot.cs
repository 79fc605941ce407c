namespace Reports.Archive;

/// <summary>A published weekly snapshot: its week, its folder and its manifest.</summary>
/// <param name="Folder">The snapshot folder, <c>data/archive/YYYY-MM-DD</c>, as the data folder was given.</param>
public sealed record ArchivedSnapshot(DateOnly WeekOf, string Folder, ArchiveManifest Manifest);
