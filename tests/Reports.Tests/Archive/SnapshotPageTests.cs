using System.Collections.Immutable;
using System.Text;
using AngleSharp.Html.Parser;
using Reports.Archive;

namespace Reports.Tests.Archive;

/// <summary>A frozen page links only to itself and the files copied beside it, or to the live site by its full address.</summary>
public sealed class SnapshotPageTests
{
    private const string Page = "weeks/2026-02-17/index.html";

    private static readonly ImmutableSortedDictionary<string, ImmutableArray<byte>> Site = new Dictionary<string, string>
    {
        [Page] = """
            <!DOCTYPE html><html lang="en"><head><title>t</title>
            <link rel="stylesheet" href="../../assets/site.1a2b3c4d.css">
            <link rel="alternate" type="application/atom+xml" href="../../feed.xml">
            </head><body>
            <a class="site-name" href="../../"><img src="../../assets/logo.svg" alt="">Reports</a>
            <a id="self" href="./#gates">gates</a>
            <a id="skip" href="#main">skip</a>
            <a id="other" href="../../incidents/#INC-1">INC-1 &amp; co</a>
            <a id="json" href="report.json">json</a>
            <a id="external" href="https://example.org/pr/42">pr</a>
            <a id="mail" href="mailto:team@example.org">mail</a>
            <img id="chart" src="../../charts/total-trend.svg" srcset="../../charts/total-trend.svg 1x, ../../badges/score.svg 2x" alt="trend">
            <img id="badge" src="../../badges/score.svg" alt="score badge">
            <main id="main"><h2 id="gates">Gates</h2></main>
            </body></html>
            """,
        ["assets/site.1a2b3c4d.css"] = "body { background: url(bg.png); } h1 { background: url('../charts/total-trend.svg'); }",
        ["assets/bg.png"] = "png",
        ["assets/logo.svg"] = "<svg/>",
        ["assets/unused.css"] = "",
        ["charts/total-trend.svg"] = "<svg/>",
        ["badges/score.svg"] = "<svg/>",
        ["feed.xml"] = "<feed/>",
        ["incidents/index.html"] = "<h1 id=\"INC-1\">x</h1>",
        ["weeks/2026-02-17/report.json"] = "{}",
    }.ToImmutableSortedDictionary(f => f.Key, f => ImmutableArray.Create(Encoding.UTF8.GetBytes(f.Value)), StringComparer.Ordinal);

    [Fact]
    public void Should_copy_the_files_the_page_uses_from_its_folder_assets_and_charts_and_nothing_else()
    {
        var frozen = SnapshotPage.Freeze(Site, Page, baseUrl: null);

        Assert.Equal(
            [
                new("assets/bg.png", "assets/bg.png"),
                new("assets/logo.svg", "assets/logo.svg"),
                new("assets/site.1a2b3c4d.css", "assets/site.1a2b3c4d.css"),
                new("charts/total-trend.svg", "charts/total-trend.svg"),
                new KeyValuePair<string, string>("report.json", "weeks/2026-02-17/report.json"),
            ],
            frozen.Files);
    }

    [Fact]
    public void Should_link_copied_files_relatively_and_keep_links_within_the_page()
    {
        var page = Parse(SnapshotPage.Freeze(Site, Page, baseUrl: null));

        Assert.Equal("assets/site.1a2b3c4d.css", page.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href"));
        Assert.Equal("charts/total-trend.svg", page.GetElementById("chart")!.GetAttribute("src"));
        Assert.Equal("charts/total-trend.svg 1x", page.GetElementById("chart")!.GetAttribute("srcset"));
        Assert.Equal("report.json", page.GetElementById("json")!.GetAttribute("href"));
        Assert.Equal("#gates", page.GetElementById("self")!.GetAttribute("href"));
        Assert.Equal("#main", page.GetElementById("skip")!.GetAttribute("href"));
        Assert.Equal("https://example.org/pr/42", page.GetElementById("external")!.GetAttribute("href"));
        Assert.Equal("mailto:team@example.org", page.GetElementById("mail")!.GetAttribute("href"));
    }

    [Fact]
    public void Should_turn_links_to_the_rest_of_the_site_into_plain_text_without_a_base_url()
    {
        var page = Parse(SnapshotPage.Freeze(Site, Page, baseUrl: null));

        Assert.Null(page.GetElementById("other"));
        Assert.Contains("INC-1 & co", page.Body!.TextContent, StringComparison.Ordinal);
        var name = page.QuerySelector("span.site-name");
        Assert.NotNull(name);
        Assert.Equal("Reports", name.TextContent);
        Assert.Null(page.QuerySelector("link[rel=alternate]"));
        Assert.Null(page.GetElementById("badge"));
        Assert.Contains("score badge", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.All(page.QuerySelectorAll("[href], [src]"), e => Assert.DoesNotContain("../", e.GetAttribute("href") ?? e.GetAttribute("src"), StringComparison.Ordinal));
    }

    [Fact]
    public void Should_link_the_rest_of_the_site_by_its_full_address_with_a_base_url()
    {
        var page = Parse(SnapshotPage.Freeze(Site, Page, "https://reliability.example.org/program"));

        Assert.Equal("https://reliability.example.org/program/incidents/#INC-1", page.GetElementById("other")!.GetAttribute("href"));
        Assert.Equal("https://reliability.example.org/program/", page.QuerySelector("a.site-name")!.GetAttribute("href"));
        Assert.Equal("https://reliability.example.org/program/feed.xml", page.QuerySelector("link[rel=alternate]")!.GetAttribute("href"));
        Assert.Equal("https://reliability.example.org/program/badges/score.svg", page.GetElementById("badge")!.GetAttribute("src"));
        Assert.Equal("charts/total-trend.svg 1x, https://reliability.example.org/program/badges/score.svg 2x", page.GetElementById("chart")!.GetAttribute("srcset"));
    }

    [Fact]
    public void Should_freeze_the_same_page_to_the_same_bytes()
    {
        Assert.Equal(SnapshotPage.Freeze(Site, Page, null).Html, SnapshotPage.Freeze(Site, Page, null).Html);
    }

    private static AngleSharp.Html.Dom.IHtmlDocument Parse(FrozenPage page) => new HtmlParser().ParseDocument(page.Html);
}
