namespace Reports.Site.Models;

/// <summary>One output page's own facts, shared by every template.</summary>
/// <param name="Url">The page's address relative to the site root: <c>""</c> for home, <c>weeks/2026-02-17/</c>.</param>
/// <param name="Root">Relative prefix from this page back to the site root (<c>../../</c>); <c>/</c> for pages served at any address (404).</param>
/// <param name="Canonical">Absolute canonical address when a base URL is configured.</param>
/// <param name="Section">Key of the navigation entry this page belongs to.</param>
/// <param name="Previous">For a page of a series (a long table's pages), the page before, root-relative; else null.</param>
/// <param name="Next">For a page of a series, the page after, root-relative; else null.</param>
public sealed record PageModel(string Title, string Description, string Url, string Root, string? Canonical, string Section, string? Previous = null, string? Next = null);
