using System.Text;
using Reports.Publishing;
using Reports.Site;
using Reports.Tests.Site;

namespace Reports.Tests.Publishing;

/// <summary>
/// The link checker's one-pass scanner reads the same links (with their lines and columns) and ids as AngleSharp's
/// HTML tokenizer, on every page of real sites and on markup written to trip a scanner up.
/// </summary>
public class PageScannerTests
{
    public static TheoryData<string> TrickyPages => new()
    {
        "<!DOCTYPE html><html><head><title>a <a href=\"/no\">x</a></title></head><body><a href=\"/yes\">y</a></body></html>",
        "<p>x</p><!-- <a href=\"/commented\"> --><a href='/single' id=one>s</a><a href=/unquoted id=two>u</a>",
        "<A HREF=\"/UPPER\" ID=\"Mixed\">u</A><a href=\"/first\" href=\"/second\" id=\"a\" id=\"b\">d</a>",
        "<a href=\"/q?a=1&amp;b=2&lt;&#x41;&#66;\">e</a><a name=\"legacy\"></a><img src=\"/i.svg\" srcset=\"/a.png 1x, /b.png 2x\">",
        "<style>\n.a { background: url(/s1.png); }\n.b { background: url('/s2.png') }\n</style><div style=\"background: url(/inline.png)\"></div>",
        "<script>var s = '<a href=\"/in-script\">';</script><textarea><a href=\"/in-textarea\"></textarea><a href=\"/after\">a</a>",
        "<svg><title/><style/><a href=\"/svg\">s</a></svg><iframe><a href=\"/in-iframe\"></iframe><video poster=\"/p.png\"></video>",
        "line one\r\n<a href=\"/crlf\">c</a>\rlone cr <a\n  href=\"/wrapped\"\n  id=\"w\">w</a>\n\t<a href = \"/spaced\" id = \"sp\">s</a>",
        "<a href=\"\">empty</a><a href=\"   \">blank</a><a href>bare</a><a id=\"\">no id</a><a/ href=\"/slash\">s</a>",
        "<p>1 < 2 and 3 > 2 </p><p><3</p><a href=\"/still\">ok</a></ p><?php x ?><a href=\"/after-pi\">ok</a>",
        "<a href=\"/é-ünïcode\" id=\"ids-with-ünïcode\">u</a><a href=\"/unclosed",
    };

    [Theory]
    [MemberData(nameof(TrickyPages))]
    public void Should_read_tricky_markup_as_angle_sharp_does(string html) => AssertSameAsAngleSharp("page", html);

    [Fact]
    public void Should_read_every_page_of_the_shipped_site_as_angle_sharp_does()
    {
        using var site = SiteFolder.Shipped();
        var rendered = SiteBuilder.Render(site.Options());
        Assert.True(rendered.Succeeded, string.Join("\n", rendered.Diagnostics));

        var pages = rendered.Files.Where(f => f.Key.EndsWith(".html", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(pages);
        Assert.All(pages, page => AssertSameAsAngleSharp(page.Key, Encoding.UTF8.GetString(page.Value.AsSpan())));
    }

    [Fact]
    public void Should_read_the_pages_of_a_site_with_hostile_data_as_angle_sharp_does()
    {
        using var site = SiteFolder.Shipped();
        site.Write("data/incidents.csv", """
            id,severity,pillar,title,opened,resolved,summary,link
            "INC-""><a href=""/x"">",sev2,video,"<script>alert(1)</script> & <b>bold</b>",2026-02-17,,"Summary with [a link](https://example.org/?a=1&b=2) and <a href=""/raw"">raw</a> and `<code>`","https://example.org/""onmouseover=""x"
            """);
        var rendered = SiteBuilder.Render(site.Options());
        Assert.True(rendered.Succeeded, string.Join("\n", rendered.Diagnostics));

        Assert.All(rendered.Files.Where(f => f.Key.EndsWith(".html", StringComparison.Ordinal)), page =>
            AssertSameAsAngleSharp(page.Key, Encoding.UTF8.GetString(page.Value.AsSpan())));
    }

    private static void AssertSameAsAngleSharp(string name, string html)
    {
        var expected = AngleSharpPageScanner.ScanHtml(html);
        var actual = PageScanner.ScanHtml(html);

        Assert.Equal(expected.Ids.Order(StringComparer.Ordinal), actual.Ids.Order(StringComparer.Ordinal));
        Assert.True(
            expected.Links.SequenceEqual(actual.Links),
            $"{name}: links differ\nAngleSharp: {string.Join(" ", expected.Links)}\nscanner:    {string.Join(" ", actual.Links)}");
    }
}
