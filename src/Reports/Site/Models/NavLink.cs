namespace Reports.Site.Models;

/// <summary>A navigation entry; <see cref="Href"/> is relative to the site root (prefix it with the page's root).</summary>
public sealed record NavLink(string Key, string Title, string Href);
