using System.Text.RegularExpressions;
using System.Xml.Linq;
using AngleSharp.Html.Parser;
using Reports.Data;
using Reports.History;
using Reports.Rendering.Json;
using Reports.Scoring;

namespace Reports.Tests.Site;

/// <summary>The site built from the repository's own data/, input/ and theme/.</summary>
public sealed partial class ShippedSiteTests(ShippedSiteFixture fixture) : IClassFixture<ShippedSiteFixture>
{
    private BuiltSite Site => fixture.Site;

    [Fact]
    public void Should_build_without_errors_or_warnings() =>
        Assert.True(fixture.Outcome.Succeeded && fixture.Outcome.Diagnostics.Count == 0, string.Join("\n", fixture.Outcome.Diagnostics));

    [Fact]
    public void Should_publish_every_page_and_file_of_the_site()
    {
        string[] expected =
        [
            "index.html", "404.html", "about/index.html", "weeks/index.html", "weeks/2026-02-17/index.html", "weeks/2026-02-18/index.html",
            "trends/index.html", "gates/index.html", "incidents/index.html", "findings/index.html", "methodology/index.html",
            "api/weeks.json", "feed.xml", "badges/score.svg", "badges/phase.svg", "sitemap.xml", "robots.txt", "_redirects",
            "charts/total-trend.svg",
        ];
        Assert.All(expected, path => Assert.True(Site.Files.ContainsKey(path), path + " is missing"));
        Assert.Single(Site.Files.Keys, k => Regex.IsMatch(k, @"^assets/site\.[0-9a-f]{8}\.css$"));
        Assert.Single(Site.Files.Keys, k => Regex.IsMatch(k, @"^assets/favicon\.[0-9a-f]{8}\.svg$"));
    }

    [Fact]
    public void Should_keep_every_page_well_formed_accessible_and_script_free() => PageRules.AssertWellFormed(Site);

    [Fact]
    public void Should_show_the_answer_on_the_home_page()
    {
        var summary = Site.Page("index.html").QuerySelector("ul.summary")!.TextContent;

        Assert.Contains("Phase 1", summary, StringComparison.Ordinal);
        Assert.Contains("55.00", summary, StringComparison.Ordinal);
        Assert.Contains("Stay", summary, StringComparison.Ordinal);
        Assert.Contains("+8.75", summary, StringComparison.Ordinal);
        Assert.Contains("30.00", summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_link_the_home_page_to_the_latest_weekly_report() =>
        Assert.Contains(Site.InternalReferences("index.html"), r => r.Url == "./weeks/2026-02-18/" && r.Target == "weeks/2026-02-18/index.html");

    [Fact]
    public void Should_show_week_1s_total_in_its_report()
    {
        var page = Site.Page("weeks/2026-02-17/index.html");

        Assert.Equal("Weekly report: week of 2026-02-17", page.QuerySelector("h1")!.TextContent);
        Assert.Contains("46.25", page.QuerySelector("table tfoot")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_give_week_2_the_plans_score_snapshot_and_uplift_plan()
    {
        var page = Site.Page("weeks/2026-02-18/index.html");
        var rows = page.QuerySelector("table")!.QuerySelectorAll("tbody tr")
            .Select(r => string.Join("|", r.Children.Take(4).Select(c => c.TextContent.Trim()))).ToList();

        Assert.Equal(
            [
                "Measurement Completeness|20|3|15.00", "Reliability Outcomes|25|1|6.25", "Test and CI Strength|15|3|11.25",
                "Security and Abuse Resistance|15|2|7.50", "Operability and Incident Readiness|15|2|7.50", "Delivery Discipline|10|3|7.50",
            ],
            rows);
        Assert.Contains("Outcomes 1→4, Measurement 3→4, Security 2→3, Operability 2→3 → 86.25", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Stay in Phase 1", page.QuerySelector("#decision")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_link_weekly_reports_to_each_other()
    {
        Assert.NotNull(Site.Page("weeks/2026-02-17/index.html").QuerySelector("a[rel=next][href='../../weeks/2026-02-18/']"));
        Assert.NotNull(Site.Page("weeks/2026-02-18/index.html").QuerySelector("a[rel=prev][href='../../weeks/2026-02-17/']"));
    }

    [Fact]
    public void Should_nest_the_weeks_narrative_under_the_report()
    {
        var notes = Site.Page("weeks/2026-02-18/index.html").QuerySelector("#notes")!.ParentElement!;

        Assert.Contains("Evidence used", notes.TextContent, StringComparison.Ordinal);
        Assert.Empty(notes.QuerySelectorAll("h1, h2:not(#notes)"));
    }

    [Fact]
    public void Should_lead_with_the_narratives_summary_when_there_is_one() =>
        Assert.StartsWith("Video telemetry shipped", Site.Page("weeks/2026-02-18/index.html").QuerySelector("p.lead")!.TextContent, StringComparison.Ordinal);

    [Fact]
    public void Should_make_every_finding_linkable_by_its_id()
    {
        var findings = Site.Page("findings/index.html");
        var data = DataFolderLoader.Load(fixture.Folder.Data).Value!;

        Assert.All(data.Findings, f => Assert.NotNull(findings.GetElementById(f.Id)));
        Assert.Equal("KI-1", findings.QuerySelector("table tbody tr")!.Id);
    }

    [Fact]
    public void Should_generate_the_methodology_from_the_data_files()
    {
        var text = Site.Page("methodology/index.html").Body!.TextContent;
        var data = DataFolderLoader.Load(fixture.Folder.Data).Value!;

        Assert.All(data.Rubric, c => Assert.Contains(c.Name, text, StringComparison.Ordinal));
        Assert.All(data.Gates, g => Assert.Contains(g.Name, text, StringComparison.Ordinal));
        Assert.Contains("total ≥ 85 and every category ≥ 2", text, StringComparison.Ordinal);
        Assert.Contains("total ≥ 90 and every category ≥ 3", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_show_the_gates_matrix_with_words_not_only_colour()
    {
        var matrix = Site.Page("gates/index.html").QuerySelector("table")!;
        var latest = matrix.QuerySelector("tbody tr")!;

        Assert.Equal("2026-02-18", latest.QuerySelector("th")!.TextContent);
        Assert.Equal(["pass", "fail", "fail", "pending"], latest.QuerySelectorAll("td .status").Take(4).Select(s => s.TextContent.Trim()[2..]));
    }

    [Fact]
    public void Should_give_every_chart_a_text_alternative_and_its_numbers()
    {
        var trends = Site.Page("trends/index.html");
        var images = trends.QuerySelectorAll("figure.chart img");

        Assert.True(images.Length >= 5);
        Assert.All(images, img =>
        {
            Assert.False(string.IsNullOrWhiteSpace(img.GetAttribute("alt")));
            Assert.True(Site.Files.ContainsKey(img.GetAttribute("src")!.Replace("../", "", StringComparison.Ordinal)));
        });
        Assert.All(trends.QuerySelectorAll("figure.chart"), figure =>
            Assert.True(figure.NextElementSibling is { } next && (next.LocalName == "details" || next.ClassList.Contains("table-wrap") || next.TextContent.Contains("No data", StringComparison.Ordinal))));
        Assert.NotEmpty(trends.QuerySelectorAll("table caption"));
    }

    [Fact]
    public void Should_publish_the_contracts_json()
    {
        var report = ProgramEvaluator.Evaluate(DataFolderLoader.Load(fixture.Folder.Data).Value!);

        Assert.Equal(WeeksJson.Write(report, DataVersion.Of(fixture.Folder.Data)), Site.Text("api/weeks.json"));
    }

    [Fact]
    public void Should_publish_a_feed_entry_per_week_dated_by_the_data()
    {
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var feed = XDocument.Parse(Site.Text("feed.xml"));
        var entries = feed.Root!.Elements(atom + "entry").ToList();

        Assert.Equal(2, entries.Count);
        Assert.Equal("2026-02-18T00:00:00Z", entries[0].Element(atom + "updated")!.Value);
        Assert.Equal("weeks/2026-02-18/", entries[0].Element(atom + "link")!.Attribute("href")!.Value);
        Assert.Equal("2026-02-18T00:00:00Z", feed.Root.Element(atom + "updated")!.Value);
    }

    [Fact]
    public void Should_publish_badges_with_titles()
    {
        var parser = new HtmlParser();
        var score = parser.ParseDocument("<body>" + Site.Text("badges/score.svg"));
        var phase = parser.ParseDocument("<body>" + Site.Text("badges/phase.svg"));

        Assert.Equal("reliability score: 55.00", score.QuerySelector("svg > title")!.TextContent);
        Assert.Equal("phase: 1 Metric Hardening", phase.QuerySelector("svg > title")!.TextContent);
    }

    [Fact]
    public void Should_redirect_latest_to_the_newest_weekly_report() =>
        Assert.StartsWith("/latest  /weeks/2026-02-18/  302\n", Site.Text("_redirects"), StringComparison.Ordinal);

    [Fact]
    public void Should_list_every_page_but_404_in_the_sitemap()
    {
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var locations = XDocument.Parse(Site.Text("sitemap.xml")).Root!.Elements(ns + "url").Select(u => u.Element(ns + "loc")!.Value).ToList();

        // Archived snapshots (archive/YYYY-MM-DD/) are frozen copies of weekly reports, and compare pages are derived from
        // two of them: the live reports are listed instead.
        Assert.Equal(Site.Pages.Keys.Count(p => !Regex.IsMatch(p, "^archive/[0-9-]{10}/") && !p.Contains("/compare/", StringComparison.Ordinal)) - 1, locations.Count);
        Assert.Contains("/weeks/2026-02-17/", locations);
        Assert.DoesNotContain(locations, l => l.Contains("404", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_link_404_from_the_root_because_it_is_served_anywhere()
    {
        var page = Site.Page("404.html");

        var urls = page.QuerySelectorAll("link[href], a[href], img[src]").Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!)
            .Where(u => !u.StartsWith('#')).ToList();

        Assert.NotEmpty(urls);
        Assert.All(urls, u => Assert.StartsWith("/", u, StringComparison.Ordinal));
    }
}
