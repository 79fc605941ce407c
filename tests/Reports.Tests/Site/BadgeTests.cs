using AngleSharp.Html.Parser;
using Reports.Site.Outputs;

namespace Reports.Tests.Site;

public class BadgeTests
{
    [Fact]
    public void Should_name_the_badge_in_its_title_and_accessible_name()
    {
        var svg = Badge.Render("reliability score", "55.00", "#bc4c00");

        var document = new HtmlParser().ParseDocument("<body>" + svg);
        var root = document.QuerySelector("svg")!;
        Assert.Equal("reliability score: 55.00", root.GetAttribute("aria-label"));
        Assert.Equal("img", root.GetAttribute("role"));
        Assert.Equal("reliability score: 55.00", root.QuerySelector("title")!.TextContent);
    }

    [Fact]
    public void Should_escape_text_it_is_given()
    {
        var svg = Badge.Render("a<b", "\"><script>", "#000");

        Assert.DoesNotContain("<script>", svg, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", svg, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_grow_with_its_text()
    {
        var narrow = Badge.Render("phase", "1", "#000");
        var wide = Badge.Render("phase", "1 Metric Hardening", "#000");

        Assert.True(Width(wide) > Width(narrow) + 80);
    }

    private static int Width(string svg)
    {
        var document = new HtmlParser().ParseDocument("<body>" + svg);
        return int.Parse(document.QuerySelector("svg")!.GetAttribute("width")!, System.Globalization.CultureInfo.InvariantCulture);
    }
}
