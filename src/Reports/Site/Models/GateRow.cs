using Reports.Rendering.Templates;

namespace Reports.Site.Models;

/// <summary>A gate's status in one week, with its evidence (safe HTML) and an optional safe link.</summary>
/// <param name="Href">Root-relative link to the gate's definition on the gates page.</param>
/// <param name="Link">The evidence link when it is http, https, mailto or relative; otherwise null (shown as text).</param>
/// <param name="RejectedLink">A link that was not safe to follow, shown as plain text.</param>
public sealed record GateRow(
    string Id,
    string Name,
    int Phase,
    StatusChip Status,
    TrustedHtml? EvidenceHtml,
    string? Link,
    string? RejectedLink,
    string Href);
