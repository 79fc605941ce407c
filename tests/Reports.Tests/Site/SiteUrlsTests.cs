using Reports.Site.Outputs;
using Reports.Site.Views;

namespace Reports.Tests.Site;

public class SiteUrlsTests
{
    [Theory]
    [InlineData("", "./")]
    [InlineData("trends/", "../")]
    [InlineData("weeks/2026-02-17/", "../../")]
    public void Should_lead_back_to_the_root_from_any_page(string url, string root) =>
        Assert.Equal(root, SiteUrls.RootFrom(url));

    [Theory]
    [InlineData("https://reliability.example.org/", "https://reliability.example.org")]
    [InlineData("https://example.org/reports", "https://example.org/reports")]
    [InlineData(null, null)]
    public void Should_normalise_base_urls(string? value, string? expected)
    {
        Assert.True(SiteUrls.TryNormalize(value, out var normalized));
        Assert.Equal(expected, normalized);
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("ftp://example.org")]
    [InlineData("example.org")]
    [InlineData("https://example.org/?q=1")]
    public void Should_refuse_base_urls_that_are_not_plain_http(string value) =>
        Assert.False(SiteUrls.TryNormalize(value, out _));

    [Fact]
    public void Should_list_pages_absolutely_only_with_a_base_url()
    {
        var with = Sitemap.Write(["", "weeks/2026-02-17/"], new SiteUrls("https://example.org"));
        var without = Sitemap.Write(["", "weeks/2026-02-17/"], new SiteUrls(null));

        Assert.Contains("<loc>https://example.org/weeks/2026-02-17/</loc>", with, StringComparison.Ordinal);
        Assert.Contains("<loc>/weeks/2026-02-17/</loc>", without, StringComparison.Ordinal);
        Assert.Contains("Sitemap: https://example.org/sitemap.xml", Robots.Write(new SiteUrls("https://example.org")), StringComparison.Ordinal);
        Assert.DoesNotContain("Sitemap:", Robots.Write(new SiteUrls(null)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"800\" height=\"400\">", 800, 400)]
    [InlineData("<?xml version=\"1.0\"?><svg viewBox=\"0 0 640.5 320\" xmlns=\"http://www.w3.org/2000/svg\">", 641, 320)]
    [InlineData("<svg>", 0, 0)]
    [InlineData("not svg", 0, 0)]
    public void Should_read_an_svgs_intrinsic_size(string svg, int width, int height) =>
        Assert.Equal((width, height), SvgSize.Of(svg));
}
