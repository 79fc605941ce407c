namespace Reports.Site.Models;

/// <summary>How to cite a weekly report from release notes: its permanent address and ready-made Markdown.</summary>
/// <param name="Url">The permanent address: absolute with a base URL, else root-relative (<c>/weeks/2026-02-18/</c>).</param>
/// <param name="IsAbsolute">Whether <see cref="Url"/> works outside the site; when not, the page says how to fix it.</param>
/// <param name="Markdown">A link: <c>[Reliability report 2026-02-18: 55.00/100, Phase 1, Stay](https://…/weeks/2026-02-18/)</c>.</param>
/// <param name="BadgeMarkdown">The week's badge, linking to the report.</param>
/// <param name="ReportJsonHref">The week's <c>report.json</c>, relative to the site root.</param>
/// <param name="BadgeHref">The week's <c>badge.svg</c>, relative to the site root.</param>
public sealed record CitationView(string Url, bool IsAbsolute, string Markdown, string BadgeMarkdown, string ReportJsonHref, string BadgeHref, string BadgeAlt);
