using Reports.Rendering.Templates;

namespace Reports.Site.Models;

/// <summary>One line of an answer: its subject linked to its evidence, the text, any quoted Markdown, the records it cites.</summary>
/// <param name="Subject">The subject's id and root-relative address (null href: no page shows it); null when the line has none.</param>
/// <param name="Link">An outside address from the data, vetted; null when none.</param>
public sealed record ChecklistItemView(ChecklistRefView? Subject, string Text, TrustedHtml? MarkdownHtml, IReadOnlyList<ChecklistRefView> Related, string? Link);
