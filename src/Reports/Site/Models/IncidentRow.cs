using Reports.Rendering.Templates;

namespace Reports.Site.Models;

/// <summary>An incident as listed: <see cref="Anchor"/> is its fragment id, <see cref="Href"/> its root-relative address.</summary>
public sealed record IncidentRow(
    string Id,
    string Anchor,
    string Href,
    string Severity,
    bool IsCritical,
    string Pillar,
    string Title,
    string Opened,
    string Resolved,
    StatusChip State,
    string Duration,
    TrustedHtml? SummaryHtml,
    string? Link,
    string? RejectedLink);
