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
    string? RejectedLink)
{
    /// <summary>Its class (a slug such as <c>cert-expiry</c>), which the repeat check compares; empty when not classed.</summary>
    public string IncidentClass { get; init; } = "";

    /// <summary>Who answers for it; empty when the data names no one.</summary>
    public string Owner { get; init; } = "";

    /// <summary>The root-relative address of its pillar's page; empty when it names no pillar.</summary>
    public string PillarHref { get; init; } = "";

    /// <summary>Days open as of the latest scored week; empty once resolved.</summary>
    public string Age { get; init; } = "";
}
