namespace Reports.Site.Models;

/// <summary>What a page template sees: <c>site</c>, <c>page</c> and its own <c>model</c>.</summary>
public sealed record PageView(SiteModel Site, PageModel Page, object Model);
