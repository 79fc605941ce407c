using Reports.Archive;
using Reports.Diagnostics;

namespace Reports.Site;

/// <summary>What <c>reports snapshot</c> did: the week it froze, where, and its manifest; or why it wrote nothing.</summary>
/// <param name="Folder">The new snapshot folder, <c>data/archive/YYYY-MM-DD</c>; null when nothing was written.</param>
public sealed record SnapshotOutcome(IReadOnlyList<Diagnostic> Diagnostics, DateOnly? Week, string? Folder, ArchiveManifest? Manifest)
{
    public bool Succeeded => Manifest is not null && !Diagnostics.Any(d => d.IsError);

    public static SnapshotOutcome Failed(IReadOnlyList<Diagnostic> diagnostics, DateOnly? week = null) => new(diagnostics, week, null, null);
}
