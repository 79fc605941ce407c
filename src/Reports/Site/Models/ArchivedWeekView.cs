namespace Reports.Site.Models;

/// <summary>
/// On a live weekly report: where its frozen copy is, and whether today's data restates it (computes it
/// differently from how it was published), with what changed.
/// </summary>
/// <param name="Href">The frozen copy, relative to the site root (<c>archive/2026-02-17/</c>).</param>
/// <param name="Checksum">SHA-256 of the snapshot's manifest.</param>
/// <param name="Changes">What differs between the published week and today's, one sentence each; empty when not restated.</param>
/// <param name="RowsCompared">Whether the snapshot's data rows were compared; when not, only total, decision and phase were.</param>
public sealed record ArchivedWeekView(
    string Href,
    string ZipHref,
    string Checksum,
    string PublishedTotal,
    string PublishedDecision,
    bool Restated,
    bool RowsCompared,
    IReadOnlyList<string> Changes);
