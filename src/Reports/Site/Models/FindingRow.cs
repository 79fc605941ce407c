using Reports.Rendering.Templates;

namespace Reports.Site.Models;

/// <summary>A finding as listed: <see cref="Anchor"/> is its fragment id, <see cref="Href"/> its root-relative address.</summary>
public sealed record FindingRow(
    string Id,
    string Anchor,
    string Href,
    string Title,
    string Priority,
    string Source,
    StatusChip Status,
    string Opened,
    string Closed,
    TrustedHtml? EvidenceHtml);
