using System.Globalization;
using System.Text;
using AngleSharp.Html.Parser;
using Reports.Site;

namespace Reports.Tests.Site;

/// <summary>
/// Every table the site offers as CSV (<see cref="Reports.Site.Views.SiteTables"/>) is a file beside its page, linked by
/// a download link that names the table, holding the numbers the page shows, byte for byte the same in any culture.
/// </summary>
public sealed class TableFilesTests : IDisposable
{
    private readonly SiteFolder _plan = SiteFolder.Shipped();

    public void Dispose() => _plan.Dispose();

    [Fact]
    public void Should_write_the_scorecard_with_the_numbers_of_the_page_and_its_total()
    {
        var site = Render(_plan);

        Assert.Equal(
            "Category,Weight,Score (0–4),Weighted points,Rationale\n",
            Text(site, "weeks/2026-02-17/scorecard.csv").Split('\n')[0] + "\n");
        Assert.EndsWith("\nTotal,100,,46.25,out of 100\n", Text(site, "weeks/2026-02-17/scorecard.csv"), StringComparison.Ordinal);
        Assert.EndsWith("\nTotal,100,,55.00,out of 100\n", Text(site, "weeks/2026-02-18/scorecard.csv"), StringComparison.Ordinal);

        var page = new HtmlParser().ParseDocument(Text(site, "weeks/2026-02-18/index.html"));
        var htmlPoints = page.QuerySelectorAll("section[aria-labelledby='snapshot'] tbody td[data-label='Weighted points']").Select(td => td.TextContent.Trim());
        var csvPoints = Text(site, "weeks/2026-02-18/scorecard.csv").Split('\n', StringSplitOptions.RemoveEmptyEntries)[1..^1].Select(l => l.Split(',')[3]);
        Assert.Equal(htmlPoints, csvPoints);
    }

    [Fact]
    public void Should_link_each_table_file_from_its_page_by_a_download_link_that_names_the_table()
    {
        var site = Render(_plan);

        var links = DownloadLinks(site).Where(l => !l.Target.StartsWith("charts/", StringComparison.Ordinal)).ToList();
        Assert.Contains(links, l => l.Page == "weeks/2026-02-18/index.html" && l.Target == "weeks/2026-02-18/scorecard.csv" && l.Name == "Scorecard as CSV");
        Assert.Contains(links, l => l.Page == "findings/index.html" && l.Target == "findings/findings.csv" && l.Name == "All findings as CSV");
        Assert.Contains(links, l => l.Page == "gates/index.html" && l.Target == "gates/gates-by-week.csv");
        Assert.Contains(links, l => l.Page == "weeks/index.html" && l.Target == "weeks/weeks.csv");
        Assert.All(links, l => Assert.EndsWith(" as CSV", l.Name, StringComparison.Ordinal));
    }

    [Fact]
    public void Should_resolve_every_csv_link_of_every_page_and_link_every_table_file()
    {
        var site = Render(_plan);

        var links = DownloadLinks(site).ToList();
        Assert.All(links, l => Assert.True(site.Files.ContainsKey(l.Target), l.Page + " links " + l.Target + ", which was not written"));
        var linked = links.Select(l => l.Target).ToHashSet(StringComparer.Ordinal);
        var tables = site.Files.Keys.Where(k => k.EndsWith(".csv", StringComparison.Ordinal) && !k.StartsWith("archive/", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(tables);
        Assert.All(tables, t => Assert.Contains(t, linked));
    }

    [Theory]
    [InlineData("de-DE")]
    [InlineData("tr-TR")]
    public void Should_write_the_same_table_files_in_any_culture(string culture)
    {
        using var example = SiteFolder.Example("lumen-relay");
        var expected = Tables(Render(example));
        var (current, currentUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
            var again = Tables(Render(example));
            Assert.Equal(expected.Keys, again.Keys);
            Assert.All(expected, f => Assert.True(f.Value.SequenceEqual(again[f.Key]), f.Key + " differs in " + culture));
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (current, currentUi);
        }

        Assert.Contains("findings/findings.csv", expected.Keys);
        Assert.Contains("ci/events.csv", expected.Keys);
        Assert.Contains(expected.Keys, k => k.StartsWith("pillars/", StringComparison.Ordinal));
        Assert.Contains(".", Encoding.UTF8.GetString(expected["slos/slos.csv"]), StringComparison.Ordinal);
    }

    private static Dictionary<string, byte[]> Tables(RenderedSite site) =>
        site.Files.Where(f => f.Key.EndsWith(".csv", StringComparison.Ordinal) && !f.Key.StartsWith("charts/", StringComparison.Ordinal))
            .ToDictionary(f => f.Key, f => f.Value.ToArray(), StringComparer.Ordinal);

    private static RenderedSite Render(SiteFolder folder)
    {
        var site = SiteBuilder.Render(folder.Options(strict: true));
        Assert.True(site.Succeeded, string.Join("\n", site.Diagnostics));
        return site;
    }

    private static string Text(RenderedSite site, string path) => Encoding.UTF8.GetString(site.Files[path].AsSpan());

    /// <summary>Each download link of each page: the page, the site path it points to, and its accessible name.</summary>
    private static IEnumerable<(string Page, string Target, string Name)> DownloadLinks(RenderedSite site)
    {
        var parser = new HtmlParser();
        foreach (var (path, bytes) in site.Files.Where(f => f.Key.EndsWith(".html", StringComparison.Ordinal) && !f.Key.StartsWith("archive/", StringComparison.Ordinal)))
        {
            var page = parser.ParseDocument(Encoding.UTF8.GetString(bytes.AsSpan()));
            var folder = new Uri("https://site.test/" + path);
            foreach (var link in page.QuerySelectorAll("a[download]"))
            {
                var target = new Uri(folder, link.GetAttribute("href")).AbsolutePath.TrimStart('/');
                yield return (path, target, link.TextContent.Trim());
            }
        }
    }
}
