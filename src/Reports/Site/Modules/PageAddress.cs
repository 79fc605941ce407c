using Reports.Site.Models;
using Reports.Site.Outputs;

namespace Reports.Site.Modules;

/// <summary>Where a page is published and how it links back to the root; one rule for every page.</summary>
public static class PageAddress
{
    /// <summary><c>""</c> → <c>index.html</c>; <c>weeks/2026-02-17/</c> → <c>weeks/2026-02-17/index.html</c>.</summary>
    public static string Destination(string url) => url + "index.html";

    public static PageModel Page(string url, string title, string description, string section, SiteUrls urls) =>
        new(title, description, url, SiteUrls.RootFrom(url), urls.Absolute(url), section);
}
