using System.Collections.Immutable;
using System.Text;
using Reports.Publishing;

namespace Reports.Tests.Publishing;

/// <summary>A link check with a cache reports exactly what a check without one reports, however the site changed.</summary>
public class LinkScanCacheTests
{
    private static ImmutableSortedDictionary<string, ImmutableArray<byte>> Site(params (string Path, string Text)[] files) =>
        files.ToImmutableSortedDictionary(f => f.Path, f => ImmutableArray.Create(Encoding.UTF8.GetBytes(f.Text)), StringComparer.Ordinal);

    private static string Page(string body) => $"<!doctype html><html><body>{body}</body></html>";

    [Fact]
    public void Should_report_a_link_on_an_unchanged_page_that_a_change_elsewhere_broke()
    {
        var cache = new LinkScanCache();
        var linking = Page("<a href=\"b/#evidence\">b</a><a href=\"c/\">c</a>");
        var before = Site(("index.html", linking), ("b/index.html", Page("<h2 id=\"evidence\">E</h2>")), ("c/index.html", Page("c")));
        Assert.Empty(LinkChecker.Check(before, cache: cache));

        var idGone = Site(("index.html", linking), ("b/index.html", Page("<h2 id=\"other\">E</h2>")), ("c/index.html", Page("c")));
        Assert.Equal(Texts(LinkChecker.Check(idGone)), Texts(LinkChecker.Check(idGone, cache: cache)));
        Assert.Single(LinkChecker.Check(idGone, cache: cache));

        var pageGone = Site(("index.html", linking), ("b/index.html", Page("<h2 id=\"evidence\">E</h2>")));
        Assert.Equal(Texts(LinkChecker.Check(pageGone)), Texts(LinkChecker.Check(pageGone, cache: cache)));
        Assert.Single(LinkChecker.Check(pageGone, cache: cache));
    }

    [Fact]
    public void Should_read_and_resolve_again_only_the_pages_that_changed()
    {
        var cache = new LinkScanCache();
        var site = Site(("index.html", Page("<a href=\"a/\">a</a>")), ("a/index.html", Page("<a href=\"../\">home</a>")), ("b/index.html", Page("b")));
        LinkChecker.Check(site, cache: cache);
        Assert.Equal((3, 3), (cache.LastScanned, cache.LastResolved));

        var edited = site.SetItem("b/index.html", ImmutableArray.Create(Encoding.UTF8.GetBytes(Page("<a href=\"../missing/\">x</a>"))));
        var problems = LinkChecker.Check(edited, cache: cache);

        Assert.Equal((1, 1), (cache.LastScanned, cache.LastResolved));
        Assert.Equal(Texts(LinkChecker.Check(edited)), Texts(problems));
    }

    private static string[] Texts(IEnumerable<Reports.Diagnostics.Diagnostic> diagnostics) => [.. diagnostics.Select(d => d.ToString())];
}
