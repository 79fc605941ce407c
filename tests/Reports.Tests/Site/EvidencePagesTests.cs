using System.Text.RegularExpressions;
using System.Xml.Linq;
using AngleSharp.Dom;

namespace Reports.Tests.Site;

/// <summary>
/// The SLO and CI pages and the evidence of each weekly report, on the example program: every number pinned to a
/// computation from its CSV files that shares no code with the site (<see cref="ExampleEvidence"/>).
/// </summary>
public sealed partial class EvidencePagesTests(ExampleSiteFixture fixture) : IClassFixture<ExampleSiteFixture>
{
    private static readonly DateOnly Latest = new(2026, 2, 23);

    private BuiltSite Site => fixture.Site;

    private ExampleEvidence Csv { get; } = new(fixture.Folder.Data);

    [Fact]
    public void Should_build_the_example_with_every_link_and_fragment_resolving()
    {
        Assert.True(fixture.Outcome.Succeeded && fixture.Outcome.Diagnostics.Count == 0, string.Join("\n", fixture.Outcome.Diagnostics));
        PageRules.AssertWellFormed(Site);
    }

    [Fact]
    public void Should_link_each_slo_the_weekly_review_calls_unknown_to_its_own_section_of_the_slo_page()
    {
        var links = Site.Page("weeks/2025-09-15/index.html").QuerySelectorAll("#review-slos-unknown + dd li a")
            .Select(a => (a.TextContent, a.GetAttribute("href"))).ToArray();

        Assert.Equal([("socket-connect", "../../slos/#slo-socket-connect"), ("auth-login", "../../slos/#slo-auth-login")], links);
        Assert.All(links, l => Assert.NotNull(Site.Page("slos/index.html").GetElementById(l.Item2![(l.Item2!.IndexOf('#') + 1)..])));
    }

    [Fact]
    public void Should_show_each_slos_attainment_over_the_7_days_ending_on_the_latest_week()
    {
        var rows = Rows(Site.Page("slos/index.html"), "SLO attainment over");

        Assert.Equal(Csv.Slos.Select(s => s.Id), rows.Select(r => r[0]));
        foreach (var (id, objective) in Csv.Slos)
        {
            var attainment = Csv.Attainment(id, Latest.AddDays(-6), Latest);
            var row = rows.Single(r => r[0] == id);
            Assert.Equal(ExampleEvidence.Down(attainment) + " %", row[3]);
            Assert.EndsWith(attainment >= objective ? "met" : "missed", row[4], StringComparison.Ordinal);
            Assert.Equal("none (no validation window)", row[5]);
        }
    }

    [Fact]
    public void Should_burn_down_each_budget_over_the_last_validation_window()
    {
        var page = Site.Page("slos/index.html");
        var (first, last) = (new DateOnly(2025, 12, 9), new DateOnly(2025, 12, 29));
        var rows = Rows(page, "Error budget left during the validation window");

        Assert.Contains("2025-12-09…29 (21 days), the last validation window", page.GetElementById("burn")!.ParentElement!.TextContent, StringComparison.Ordinal);
        Assert.Equal(21, rows.Count);
        Assert.Equal("2025-12-09", rows[0][0]);
        foreach (var (id, index) in Csv.Slos.Select((s, i) => (s.Id, i)))
        {
            Assert.Equal(ExampleEvidence.Down(Csv.BudgetLeft(id, first, first, last)), rows[0][index + 1]);
            Assert.Equal(ExampleEvidence.Down(Csv.BudgetLeft(id, first, last, last)), rows[^1][index + 1]);
        }
    }

    [Fact]
    public void Should_chart_each_slo_day_by_day_with_its_missed_days_marked()
    {
        var page = Site.Page("slos/index.html");
        foreach (var (id, objective) in Csv.Slos)
        {
            var first = Latest.AddDays(-89);
            var missed = Csv.Days.Count(d => d.Slo == id && d.Date >= first && d.Date <= Latest && d.Total > 0 && 100m * d.Good < objective * d.Total);
            var figure = page.GetElementById("chart-slo-" + id)!;
            var image = figure.QuerySelector("img")!;

            Assert.Equal("../charts/slo-" + id + ".svg", image.GetAttribute("src"));
            Assert.Contains((missed == 1 ? "1 day" : missed + " days") + " missed", image.GetAttribute("alt"), StringComparison.Ordinal);
            Assert.Contains("objective", Site.Text("charts/slo-" + id + ".svg"), StringComparison.Ordinal);
            var table = Rows(page, figure.QuerySelector("figcaption")!.TextContent.Split('.')[0]);
            Assert.Equal(90, table.Count);
            Assert.Equal(missed, table.Count(r => r[4] == "missed"));
        }

        Assert.True(Csv.Slos.Sum(s => Csv.Days.Count(d => d.Slo == s.Id && d.Date >= Latest.AddDays(-89) && 100m * d.Good < s.Objective * d.Total)) > 0, "the example misses no day: the test checks nothing");
    }

    [Fact]
    public void Should_list_no_unknown_slo_when_every_day_has_a_row_and_every_pillar_an_slo()
    {
        var section = Site.Page("slos/index.html").GetElementById("unknown")!.ParentElement!;

        Assert.Contains("None: every SLO has a result", section.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_count_the_smoke_tests_failures_in_a_row_as_the_no_go_does()
    {
        var week = new DateOnly(2025, 12, 22);
        var streak = Csv.FailuresInARow("chromium-smoke", week);
        var evidence = Site.Page("weeks/2025-12-22/index.html").GetElementById("evidence")!.ParentElement!.TextContent;
        var ci = Site.Page("ci/index.html").GetElementById("smoke")!.ParentElement!.TextContent;

        Assert.True(streak >= 3, "the example's smoke No-Go week has " + streak + " failures in a row");
        Assert.Contains(streak + " runs of chromium-smoke failed in a row (3 make the No-Go active): the No-Go is active", Squash(evidence), StringComparison.Ordinal);
        Assert.Contains(Csv.FailuresInARow("chromium-smoke", Latest) + " of the last required runs of chromium-smoke failed in a row", Squash(ci), StringComparison.Ordinal);
    }

    [Fact]
    public void Should_chart_each_required_checks_flake_rate_week_by_week()
    {
        var rows = Rows(Site.Page("ci/index.html"), "Flake rate of each required check");
        var weeks = File.ReadAllLines(Path.Combine(fixture.Folder.Data, "scores.csv")).Skip(1).Select(l => l.Split(',')[0]).Distinct().Order(StringComparer.Ordinal).Reverse().ToList();
        string[] checks = ["typecheck", "test", "chromium-smoke"];

        Assert.Equal(weeks, rows.Select(r => r[0]));
        foreach (var row in rows)
        {
            var week = ExampleEvidence.Date(row[0]);
            Assert.Equal(checks.Select(c => Csv.FlakeRate(c, week) is decimal rate ? ExampleEvidence.Up(rate) : "no runs"), row.Skip(1));
        }

        Assert.Contains(rows, r => r[2] != "0.00");
    }

    [Fact]
    public void Should_give_the_latest_state_of_each_check()
    {
        var rows = Rows(Site.Page("ci/index.html"), "CI checks as of 2026-02-23");

        Assert.Equal(["typecheck", "test", "chromium-smoke", "firefox-nightly"], rows.Select(r => r[0]));
        var test = rows.Single(r => r[0] == "test");
        Assert.Equal(ExampleEvidence.Up(Csv.FlakeRate("test", Latest)!.Value) + " %", test[5]);
        Assert.Equal("nightly", rows[3][1]);
    }

    [Fact]
    public void Should_show_the_window_slo_verdicts_ci_and_cadence_on_each_weekly_report_linked_to_their_proof()
    {
        var page = Site.Page("weeks/2025-12-22/index.html");
        var evidence = page.GetElementById("evidence")!.ParentElement!;
        var text = Squash(evidence.TextContent);

        Assert.Contains("Validation window: 2025-12-09…22: day 14 of the plan's 7–14 days (within the target)", text, StringComparison.Ordinal);
        Assert.Contains("Rollback drill (every 30 days): last on 2025-12-12 ✓ on time", text, StringComparison.Ordinal);
        foreach (var (id, _) in Csv.Slos)
        {
            var row = Rows(page, "SLOs over 2025-12-16…22").Single(r => r[0] == id);
            Assert.Equal(ExampleEvidence.Down(Csv.Attainment(id, new DateOnly(2025, 12, 16), new DateOnly(2025, 12, 22))) + " %", row[3]);
            Assert.NotNull(evidence.QuerySelector($"a[href='../../slos/#slo-{id}']"));
        }

        string[] proofs = [.. evidence.QuerySelectorAll("a").Select(a => a.GetAttribute("href")!).Where(h => h.Contains('#', StringComparison.Ordinal))];
        Assert.Contains("../../slos/#attainment", proofs);
        Assert.Contains("../../slos/#burn", proofs);
        Assert.Contains("../../ci/#checks", proofs);
        Assert.Contains("../../ci/#events", proofs);
    }

    [Fact]
    public void Should_flag_overdue_cadence_items_in_the_week_they_are_overdue()
    {
        var text = Squash(Site.Page("weeks/2026-01-12/index.html").GetElementById("evidence")!.ParentElement!.TextContent);

        Assert.Contains("Rollback drill (every 30 days): last on 2025-12-12 ! overdue", text, StringComparison.Ordinal);
        Assert.Contains("Red-team spot check (every 14 days): last on 2025-12-26 ! overdue", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_list_the_new_pages_in_the_navigation_and_the_sitemap()
    {
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var locations = XDocument.Parse(Site.Text("sitemap.xml")).Root!.Elements(ns + "url").Select(u => u.Element(ns + "loc")!.Value).ToList();
        var nav = Site.Page("index.html").QuerySelectorAll("nav a").Select(a => a.GetAttribute("href")).ToList();

        Assert.Contains("/slos/", locations);
        Assert.Contains("/ci/", locations);
        Assert.Contains("./slos/", nav);
        Assert.Contains("./ci/", nav);
        Assert.Contains("slos", Reports.Site.SitePipelines.ReservedNames);
        Assert.Contains("ci", Reports.Site.SitePipelines.ReservedNames);
    }

    [Fact]
    public void Should_mark_every_event_on_the_total_trend_and_list_it_in_the_week_it_happened()
    {
        var events = File.ReadAllLines(Path.Combine(fixture.Folder.Data, "events.csv")).Skip(1).Select(l => l.Split(','))
            .Select(c => (Date: ExampleEvidence.Date(c[0]), Text: c[0] + " " + c[1] + " (" + c[2] + ")")).ToList();
        var page = Site.Page("trends/index.html");
        var rows = Rows(page, "Total score by week");

        Assert.All(rows, r => Assert.Equal(6, r.Length));
        foreach (var row in rows)
        {
            var week = ExampleEvidence.Date(row[0]);
            var expected = events.Where(e => e.Date >= week && e.Date < week.AddDays(7)).Select(e => e.Text);
            Assert.Equal(string.Join(", ", expected), row[5]);
        }

        Assert.Contains(events.Count + " operational events (drills, rollbacks, spot checks) are marked in the Events row.", page.GetElementById("chart-total-trend")!.QuerySelector("img")!.GetAttribute("alt"), StringComparison.Ordinal);
        Assert.Contains(">Events<", Site.Text("charts/total-trend.svg"), StringComparison.Ordinal);
    }

    [Fact]
    public void Should_give_each_feed_entry_its_evidence_verdict()
    {
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var entries = XDocument.Parse(Site.Text("feed.xml")).Root!.Elements(atom + "entry").ToList();
        var smoke = entries.Single(e => e.Element(atom + "title")!.Value.StartsWith("Week of 2025-12-22", StringComparison.Ordinal)).Element(atom + "summary")!.Value;
        var met = Csv.Slos.Count(s => Csv.Attainment(s.Id, new DateOnly(2025, 12, 16), new DateOnly(2025, 12, 22)) >= s.Objective);

        Assert.Equal(26, entries.Count);
        Assert.EndsWith("Active No-Go conditions: smoke-e2e-failing. Evidence: G4 pass, G5 pass, G6 pass, G7 pass, G8 pass; SLOs " + met + " met.", smoke, StringComparison.Ordinal);
    }

    /// <summary>The body rows of the table whose caption starts with <paramref name="caption"/>, as cell texts.</summary>
    private static List<string[]> Rows(IDocument page, string caption)
    {
        var table = page.QuerySelectorAll("table").FirstOrDefault(t => t.QuerySelector("caption")?.TextContent.Trim().StartsWith(caption, StringComparison.Ordinal) == true)
            ?? throw new Xunit.Sdk.XunitException("no table captioned '" + caption + "'");
        return [.. table.QuerySelectorAll("tbody tr").Select(tr => tr.Children.Select(c => Squash(c.TextContent)).ToArray())];
    }

    private static string Squash(string text) => Spaces().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
