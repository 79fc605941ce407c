using System.Text.RegularExpressions;
using Reports.Bench;
using Reports.Site.Views;

namespace Reports.Tests.Site;

/// <summary>
/// A long incidents table is spread over pages of <see cref="RowPages.RowsPerPage"/> rows, and every link to a row, from
/// the weekly reports and the home page, reaches the page that lists it: the build's own link check (strict) proves it.
/// </summary>
public sealed partial class TablePagesTests : IDisposable
{
    // Eight weeks of 150 incidents: 1,200 rows, three pages; the incidents still open in an early week are resolved
    // later, so their rows sit on the last pages while that week's report links to them.
    private const int Weeks = 8;
    private const int IncidentsPerWeek = 150;

    private readonly SiteFolder _site = new();

    public TablePagesTests()
    {
        new SampleProgram(Weeks, seed: 20261203) { IncidentsPerWeek = IncidentsPerWeek }.WriteTo(_site.Data);
        SiteFolder.CopyDirectory(Path.Combine(RepositoryRoot.Path, "theme"), _site.Theme);
        _site.Write("input/about.md", "---\ntitle: About\n---\nAbout this program.\n");
    }

    public void Dispose() => _site.Dispose();

    [Fact]
    public void Should_spread_the_incidents_over_pages_whose_every_link_resolves()
    {
        var outcome = _site.Build(strict: true);

        Assert.True(outcome.Succeeded, string.Join("\n", outcome.Diagnostics));
        var files = _site.OutputFiles().Keys;
        Assert.Equal(["incidents/2/index.html", "incidents/3/index.html", "incidents/incidents.csv", "incidents/index.html"], files.Where(f => f.StartsWith("incidents/", StringComparison.Ordinal)));
        Assert.Equal(RowPages.RowsPerPage, RowIds(_site.ReadOutput("incidents/index.html")).Count);
        Assert.Equal(Weeks * IncidentsPerWeek, new[] { "incidents/index.html", "incidents/2/index.html", "incidents/3/index.html" }.Sum(p => RowIds(_site.ReadOutput(p)).Count));
    }

    [Fact]
    public void Should_offer_one_csv_of_every_row_of_every_page_from_each_page()
    {
        Assert.True(_site.Build(strict: true).Succeeded);

        var csv = _site.ReadOutput("incidents/incidents.csv").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var shown = new[] { "incidents/index.html", "incidents/2/index.html", "incidents/3/index.html" }.SelectMany(p => RowIds(_site.ReadOutput(p))).ToList();
        Assert.Equal(Weeks * IncidentsPerWeek, csv.Length - 1);
        Assert.Equal(shown, csv.Skip(1).Select(line => FragmentIds.Sanitize(line[..line.IndexOf(',', StringComparison.Ordinal)])));
        Assert.Contains("<a href=\"../incidents/incidents.csv\" download>All incidents as CSV</a>", _site.ReadOutput("incidents/index.html"), StringComparison.Ordinal);
        Assert.Contains("<a href=\"../../incidents/incidents.csv\" download>All incidents as CSV</a>", _site.ReadOutput("incidents/3/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void Should_link_each_week_to_the_page_that_holds_the_row()
    {
        Assert.True(_site.Build().Succeeded);

        var rowsByPage = new[] { "incidents/", "incidents/2/", "incidents/3/" }
            .SelectMany(url => RowIds(_site.ReadOutput(url + "index.html")).Select(id => (id, url)))
            .ToDictionary(p => p.id, p => p.url, StringComparer.Ordinal);
        var links = Directory.EnumerateFiles(Path.Combine(_site.Output, "weeks"), "index.html", SearchOption.AllDirectories)
            .SelectMany(page => IncidentLink().Matches(File.ReadAllText(page)))
            .Select(m => (Page: m.Groups["page"].Value, Id: m.Groups["id"].Value))
            .ToList();

        Assert.Contains(links, l => l.Page != "incidents/");
        Assert.All(links, l => Assert.Equal(rowsByPage[l.Id], l.Page));
    }

    [Fact]
    public void Should_chain_the_pages_with_prev_and_next_and_count_the_rows_on_the_first()
    {
        Assert.True(_site.Build().Succeeded);

        var first = _site.ReadOutput("incidents/index.html");
        var second = _site.ReadOutput("incidents/2/index.html");
        var last = _site.ReadOutput("incidents/3/index.html");
        Assert.Contains("<link rel=\"next\" href=\"../incidents/2/\">", first, StringComparison.Ordinal);
        Assert.DoesNotContain("rel=\"prev\" href", first, StringComparison.Ordinal);
        Assert.Contains("<link rel=\"prev\" href=\"../../incidents/\">", second, StringComparison.Ordinal);
        Assert.Contains("<link rel=\"next\" href=\"../../incidents/3/\">", second, StringComparison.Ordinal);
        Assert.DoesNotContain("rel=\"next\" href", last, StringComparison.Ordinal);
        Assert.Contains("<title>Incidents, page 2 of 3", second, StringComparison.Ordinal);
        Assert.Contains("3 pages of 500 rows", first, StringComparison.Ordinal);
        Assert.DoesNotContain("3 pages of 500 rows", second, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1, 1, "1")]
    [InlineData(1, 10, "1 2 3 … 10")]
    [InlineData(6, 10, "1 … 4 5 6 7 8 … 10")]
    [InlineData(10, 10, "1 … 8 9 10")]
    public void Should_list_the_first_last_and_nearby_page_numbers(int page, int count, string expected)
    {
        var pager = new RowPages("findings/", count * RowPages.RowsPerPage).Pager(page);

        Assert.Equal(expected, string.Join(" ", pager.Pages.Select(p => (p.AfterGap ? "… " : "") + p.Number)));
        Assert.Equal(page > 1 ? (page == 2 ? "findings/" : $"findings/{page - 1}/") : null, pager.Previous);
        Assert.Equal(page < count ? $"findings/{page + 1}/" : null, pager.Next);
        Assert.Equal(page, Assert.Single(pager.Pages, p => p.IsCurrent).Number is var n ? int.Parse(n, System.Globalization.CultureInfo.InvariantCulture) : 0);
    }

    private static List<string> RowIds(string html) => [.. RowId().Matches(html).Select(m => m.Groups[1].Value)];

    [GeneratedRegex("<tr id=\"([^\"]+)\"")]
    private static partial Regex RowId();

    [GeneratedRegex("href=\"(?:\\.\\./)+(?<page>incidents/(?:\\d+/)?)#(?<id>[^\"]+)\"")]
    private static partial Regex IncidentLink();
}
