using AngleSharp.Html.Parser;
using Reports.Diagnostics;
using Reports.Preview;

namespace Reports.Tests.Preview;

public class DiagnosticsPageTests
{
    private static readonly Diagnostic Hostile = new(
        DiagnosticSeverity.Error, "RPT012", "data/scores.csv", 1, 18,
        "unknown column '<img src=x onerror=alert(1)>'", "did you mean '</li><script>alert(2)</script>'?");

    [Fact]
    public void Should_show_every_diagnostic_as_text_never_as_markup()
    {
        var html = DiagnosticsPage.Render([Hostile], "/weeks/2026-02-18/", hasLastGood: true, build: 7);
        var document = new HtmlParser().ParseDocument(html);

        Assert.Empty(document.QuerySelectorAll("img"));
        Assert.Single(document.QuerySelectorAll("script"));
        Assert.Equal("/_reports/live.js", document.QuerySelector("script")!.GetAttribute("src"));
        var item = Assert.Single(document.QuerySelectorAll("li"));
        Assert.Contains("unknown column '<img src=x onerror=alert(1)>'", item.TextContent, StringComparison.Ordinal);
        Assert.Contains("</li><script>alert(2)</script>", item.TextContent, StringComparison.Ordinal);
        Assert.Contains("data/scores.csv(1,18)", item.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_link_to_the_last_good_version_of_the_page_asked_for_when_there_is_one()
    {
        var withSite = new HtmlParser().ParseDocument(DiagnosticsPage.Render([Hostile], "/weeks/2026-02-18/", hasLastGood: true, build: 3));
        var withoutSite = new HtmlParser().ParseDocument(DiagnosticsPage.Render([Hostile], "/weeks/2026-02-18/", hasLastGood: false, build: 3));

        Assert.Equal("/weeks/2026-02-18/?last-good", withSite.QuerySelector("p a")!.GetAttribute("href"));
        Assert.Null(withoutSite.QuerySelector("p a"));
    }

    [Fact]
    public void Should_count_errors_and_warnings()
    {
        var warning = Hostile with { Severity = DiagnosticSeverity.Warning, Code = "RPT962" };

        var html = DiagnosticsPage.Render([Hostile, Hostile with { Line = 2 }, warning], "/", hasLastGood: false, build: 1);

        Assert.Contains("2 errors and 1 warning.", html, StringComparison.Ordinal);
    }
}
