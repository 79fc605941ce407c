namespace Reports.Site.Outputs;

/// <summary><c>/robots.txt</c>: everything may be crawled; the sitemap is named when its absolute address is known.</summary>
public static class Robots
{
    public const string Path = "robots.txt";

    public static string Write(SiteUrls urls) =>
        "User-agent: *\nAllow: /\n" + (urls.Absolute(Sitemap.Path) is { } sitemap ? "\nSitemap: " + sitemap + "\n" : "");
}
