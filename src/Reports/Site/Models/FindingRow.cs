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
    TrustedHtml? EvidenceHtml)
{
    /// <summary>Who answers for it; empty when the data names no one.</summary>
    public string Owner { get; init; } = "";

    public string Pillar { get; init; } = "";

    /// <summary>The root-relative address of its pillar's page; empty when it names no pillar.</summary>
    public string PillarHref { get; init; } = "";

    /// <summary>Days open as of the latest scored week; empty once closed.</summary>
    public string Age { get; init; } = "";

    /// <summary>The due date; empty when it has none.</summary>
    public string Due { get; init; } = "";

    /// <summary>"overdue by 3 days", "due today", "due in 2 days"; empty when resolved or without a due date.</summary>
    public string DueNote { get; init; } = "";

    public bool IsOverdue { get; init; }

    /// <summary>Days from opening to closing; empty while open.</summary>
    public string DaysToClose { get; init; } = "";
}
