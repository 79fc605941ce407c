using System.Xml.Linq;

namespace Reports.Tests.Site;

/// <summary>With a base URL, pages get canonical links and the feed, sitemap and robots.txt absolute addresses.</summary>
public sealed class BaseUrlTests : IDisposable
{
    private readonly SiteFolder folder = SiteFolder.Shipped();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Should_give_every_page_but_404_a_canonical_address()
    {
        var outcome = folder.Build(baseUrl: "https://reliability.example.org/");

        Assert.True(outcome.Succeeded, string.Join("\n", outcome.Diagnostics));
        var site = new BuiltSite(folder.OutputFiles());
        Assert.Equal("https://reliability.example.org/", site.Page("index.html").QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Equal("https://reliability.example.org/weeks/2026-02-17/", site.Page("weeks/2026-02-17/index.html").QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Null(site.Page("404.html").QuerySelector("link[rel=canonical]"));
    }

    [Fact]
    public void Should_use_absolute_addresses_in_the_feed_sitemap_and_robots()
    {
        Assert.True(folder.Build(baseUrl: "https://reliability.example.org").Succeeded);
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var feed = XDocument.Parse(folder.ReadOutput("feed.xml"));

        Assert.Equal("https://reliability.example.org/weeks/2026-02-18/", feed.Root!.Element(atom + "entry")!.Element(atom + "id")!.Value);
        Assert.Contains("<loc>https://reliability.example.org/methodology/</loc>", folder.ReadOutput("sitemap.xml"), StringComparison.Ordinal);
        Assert.Contains("Sitemap: https://reliability.example.org/sitemap.xml", folder.ReadOutput("robots.txt"), StringComparison.Ordinal);
    }

    [Fact]
    public void Should_use_stable_name_based_ids_in_the_feed_without_a_base_url()
    {
        Assert.True(folder.Build().Succeeded);
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var ids = XDocument.Parse(folder.ReadOutput("feed.xml")).Root!.Descendants(atom + "id").Select(i => i.Value).ToList();

        Assert.All(ids, id => Assert.Matches("^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$", id));
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }
}
