using System.Xml.Linq;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Reports.Bench;
using Reports.Site.Outputs;
using Reports.Site.Views;

namespace Reports.Tests.Site;

/// <summary>
/// A table that grows with the program and is not spread over pages shows its first rows in its own order (the latest
/// weeks, the open incidents first) and says how many there are; the CSV file beside it has every row, and the feed
/// carries the latest year of reports. A generated program of 130 weeks, longer than any of the bounds.
/// </summary>
public sealed class ShownRowsTests(ShownRowsTests.LongProgram program) : IClassFixture<ShownRowsTests.LongProgram>
{
    private const int Weeks = 130;

    [Fact]
    public void Should_show_the_latest_weeks_of_each_chart_table_and_keep_every_week_in_its_csv()
    {
        var trends = program.Page("trends/index.html");
        var table = trends.QuerySelector("#chart-total-trend ~ details table, #chart-total-trend ~ div table")!;
        var weeks = table.QuerySelectorAll("tbody th").Select(th => th.TextContent).ToList();
        var csv = program.CsvRows("charts/total-trend.csv");

        Assert.Equal(Weeks, csv.Count);
        Assert.Equal(ShownRows.Weeks, weeks.Count);
        Assert.Equal(csv.Skip(Weeks - ShownRows.Weeks).Select(row => row[..row.IndexOf(',', StringComparison.Ordinal)]), weeks);
        Assert.Equal(
            $"Total score by week: the numbers, the latest {ShownRows.Weeks} of {Weeks} rows (the CSV file has every row)",
            table.QuerySelector("caption")!.TextContent);
        Assert.All(trends.QuerySelectorAll("table"), t => Assert.Equal(
            Math.Min(ShownRows.Weeks, program.CsvRows(t.ParentElement!.ParentElement!.QuerySelector("a[download]")!.GetAttribute("href")!.Replace("../", "", StringComparison.Ordinal)).Count),
            t.QuerySelectorAll("tbody tr").Length));
    }

    [Fact]
    public void Should_show_the_newest_weeks_of_the_gate_matrix_and_keep_every_week_in_its_csv()
    {
        var table = program.Page("gates/index.html").QuerySelector("section[aria-labelledby=matrix] table")!;
        var weeks = table.QuerySelectorAll("tbody th").Select(th => th.TextContent).ToList();
        var csv = program.CsvRows("gates/gates-by-week.csv");

        Assert.Equal(Weeks, csv.Count);
        Assert.Equal(csv.Take(ShownRows.Weeks).Select(row => row[..row.IndexOf(',', StringComparison.Ordinal)]), weeks);
        Assert.EndsWith($"the newest {ShownRows.Weeks} of {Weeks} weeks (the CSV file and each weekly report have every week)", table.QuerySelector("caption")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_show_a_pillars_first_incidents_open_ones_first_and_keep_every_one_in_its_csv()
    {
        var page = program.Page("pillars/hydra/index.html");
        var table = page.QuerySelector("section[aria-labelledby=incidents] table")!;
        var shown = table.QuerySelectorAll("tbody th").Select(th => th.TextContent).ToList();
        var csv = program.CsvRows("pillars/hydra/incidents.csv");

        Assert.True(csv.Count > ShownRows.Records, $"the generated pillar has {csv.Count} incidents; the test needs more than {ShownRows.Records}");
        Assert.Equal(csv.Take(ShownRows.Records).Select(row => row[..row.IndexOf(',', StringComparison.Ordinal)]), shown);
        Assert.EndsWith($": the first {ShownRows.Records} of {csv.Count} (the CSV file and the Incidents pages have them all)", table.QuerySelector("caption")!.TextContent, StringComparison.Ordinal);
        Assert.Equal($"Incidents ({csv.Count})", page.QuerySelector("#incidents")!.TextContent);
    }

    [Fact]
    public void Should_carry_the_latest_year_of_reports_in_the_feed_newest_first()
    {
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var entries = XDocument.Parse(program.Text("feed.xml")).Root!.Elements(atom + "entry").Select(e => e.Element(atom + "published")!.Value[..10]).ToList();
        var weeks = program.CsvRows("weeks/weeks.csv").Select(row => row[..row.IndexOf(',', StringComparison.Ordinal)]).ToList();

        Assert.Equal(AtomFeed.Entries, entries.Count);
        Assert.Equal(weeks.Take(AtomFeed.Entries), entries);
    }

    /// <summary>One build of the generated program, shared by the tests, which only read it.</summary>
    public sealed class LongProgram : IDisposable
    {
        private readonly SiteFolder _site = new();

        public LongProgram()
        {
            new SampleProgram(Weeks, seed: 20261203) { IncidentsPerWeek = 5 }.WriteTo(_site.Data);
            SiteFolder.CopyDirectory(Path.Combine(RepositoryRoot.Path, "theme"), _site.Theme);
            var outcome = _site.Build(strict: true);
            Assert.True(outcome.Succeeded, string.Join("\n", outcome.Diagnostics));
        }

        public IHtmlDocument Page(string path) => new HtmlParser().ParseDocument(Text(path));

        public string Text(string path) => _site.ReadOutput(path);

        /// <summary>The data rows of a published CSV file, its header left out.</summary>
        public IReadOnlyList<string> CsvRows(string path) => [.. Text(path).Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1)];

        public void Dispose() => _site.Dispose();
    }
}
