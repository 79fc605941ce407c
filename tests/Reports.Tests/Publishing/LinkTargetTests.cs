using CsCheck;
using Reports.Publishing;

namespace Reports.Tests.Publishing;

/// <summary>Plain relative links are resolved directly, exactly as <see cref="Uri"/> resolves them against the page.</summary>
public sealed class LinkTargetTests
{
    private static readonly Gen<string> Segment = Gen.OneOf(Gen.Const(".."), Gen.Const("."), Gen.Const(""), Gen.Const("a"), Gen.Const("weeks"), Gen.Const("2026-02-18"), Gen.Const("index.html"), Gen.Const("x.svg"), Gen.Const("..."), Gen.Const(".a"), Gen.Const("a."), Gen.Const("b_c"));

    private static readonly Gen<string> Folder = Gen.OneOf(Gen.Const("/"), Gen.Const("/weeks/"), Gen.Const("/weeks/2026-02-18/"), Gen.Const("/reports/"), Gen.Const("/reports/a/b/"));

    private static readonly Gen<string> Url = Gen.Select(Segment.Array[0, 6], Gen.OneOf(Gen.Const(""), Gen.Const("#"), Gen.Const("#top"), Gen.Const("#chart-total"), Gen.Const("#a.b-c_d")), Gen.Bool)
        .Select((segments, fragment, trailing) => string.Join('/', segments) + (trailing ? "/" : "") + fragment);

    [Theory]
    [InlineData("/weeks/2026-02-18/", "index.html", "../../trends/", "/trends/", "")]
    [InlineData("/weeks/2026-02-18/", "index.html", "#total", "/weeks/2026-02-18/index.html", "total")]
    [InlineData("/", "index.html", "../../../a", "/a", "")]
    [InlineData("/reports/weeks/", "index.html", "./", "/reports/weeks/", "")]
    [InlineData("/reports/weeks/", "index.html", "..", "/reports/", "")]
    [InlineData("/weeks/2026-02-18/", "index.html", "report.json", "/weeks/2026-02-18/report.json", "")]
    public void Should_resolve_plain_links_as_a_browser_does(string folder, string page, string url, string path, string fragment)
    {
        Assert.Equal(new LinkTarget(path, fragment), LinkTarget.TryResolvePlain(folder, page, url));
        Assert.Equal(new LinkTarget(path, fragment), LinkTarget.ResolveWithUri(folder, page, url));
    }

    [Theory]
    [InlineData("https://example.org/")]
    [InlineData("/trends/")]
    [InlineData("a%20b")]
    [InlineData("?q=1")]
    [InlineData("mailto:x@example.org")]
    [InlineData("a//b")]
    [InlineData("a#b#c")]
    [InlineData("")]
    public void Should_leave_anything_else_to_uri(string url) =>
        Assert.Null(LinkTarget.TryResolvePlain("/weeks/", "index.html", url));

    [Fact]
    public void Should_agree_with_uri_on_every_plain_link() =>
        Gen.Select(Folder, Url).Sample((folder, url) =>
        {
            var plain = LinkTarget.TryResolvePlain(folder, "index.html", url);
            return plain is null || plain == LinkTarget.ResolveWithUri(folder, "index.html", url);
        }, iter: 20_000);
}
