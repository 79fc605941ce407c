using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Reports.Site;

namespace Reports.Tests.Site;

/// <summary>
/// Each weekly report links its comparisons with the previous week and with the last archived report, and each is a
/// static page of its own: categories side by side, then what changed (gates, conditions, findings, evidence).
/// </summary>
public sealed class ComparePagesTests
{
    [Fact]
    public void Should_compare_the_plans_second_week_with_its_first_46_25_to_55_00()
    {
        using var plan = SiteFolder.Shipped();
        var site = Render(plan);

        var page = Page(site, "weeks/2026-02-18/compare/2026-02-17/index.html");
        Assert.Equal("Week of 2026-02-18 compared with the previous week (2026-02-17)", page.QuerySelector("h1")!.TextContent);
        Assert.Equal(["Total", "46.25", "55.00", "+8.75"], Cells(page.QuerySelector("section[aria-labelledby='scores'] tfoot tr")!).Where(c => c.Length > 0));
        var rows = page.QuerySelectorAll("section[aria-labelledby='scores'] tbody tr").Select(Cells).ToList();
        Assert.Equal(6, rows.Count);
        Assert.Contains(["Measurement Completeness", "2", "3", "+1", "10.00", "15.00", "+5.00"], rows);
        Assert.Contains(["Reliability Outcomes", "1", "1", "0", "6.25", "6.25", "±0.00"], rows);
        Assert.Contains(page.QuerySelectorAll("section[aria-labelledby='decision'] tbody tr").Select(Cells), r => r.SequenceEqual(["Threshold band", "below 80", "below 80"]));

        var week = Page(site, "weeks/2026-02-18/index.html");
        var links = week.QuerySelectorAll("a").Where(a => a.TextContent.StartsWith("Compare with", StringComparison.Ordinal)).ToList();
        Assert.Equal(["Compare with the previous week (2026-02-17)"], links.Select(a => a.TextContent));
        Assert.Equal("compare/2026-02-17/", links[0].GetAttribute("href")!.Replace("../../weeks/2026-02-18/", "", StringComparison.Ordinal));
        Assert.DoesNotContain(site.Files.Keys, k => k.StartsWith("weeks/2026-02-17/compare/", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_compare_every_week_of_the_example_with_the_one_before_through_its_phases_and_freeze()
    {
        using var example = SiteFolder.Example("lumen-relay");
        var site = Render(example);

        Assert.Equal(25, site.Files.Keys.Count(k => k.Contains("/compare/", StringComparison.Ordinal)));
        var advance = Page(site, "weeks/2025-10-27/compare/2025-10-20/index.html");
        Assert.Contains(Rows(advance, "decision"), r => r.SequenceEqual(["Phase", "Phase 1 (Metric Hardening)", "Phase 2 (SLO Validation Window)"]));
        var freeze = Page(site, "weeks/2025-12-08/compare/2025-12-01/index.html");
        Assert.Contains(Rows(freeze, "decision"), r => r.SequenceEqual(["Decision", "Stay in Phase 3", "Freeze (back to Phase 2)"]));
        Assert.Contains(Rows(freeze, "conditions"), r => r.SequenceEqual(["No-Go open-sev1", "not active", "active"]));
        Assert.Contains(Rows(freeze, "gates"), r => r[0] == "G8 Re-entry guardrail" && r[1] == "✓ pass" && r[2] == "✗ fail");
        Assert.Contains(Rows(freeze, "items"), r => r[0] == "INC-2" && r[2] == "open now, not then");
        Assert.Contains(Rows(freeze, "evidence"), r => r.SequenceEqual(["SLO video-join", "met", "missed"]));
        Assert.Contains("no freeze trigger open-sev1: no longer met", freeze.QuerySelector("section[aria-labelledby='decision'] ul")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_compare_with_the_last_archived_report_by_its_numbers_as_published()
    {
        using var example = SiteFolder.Example("lumen-relay");
        // The plan's archived week: not a week of the example, so every number of that side can only come from its report.json.
        SiteFolder.CopyDirectory(Path.Combine(TestPrograms.PlanData, "archive", "2026-02-17"), Path.Combine(example.Data, "archive", "2026-02-17"));
        var site = Render(example);

        var week = Page(site, "weeks/2026-02-23/index.html");
        Assert.Equal(
            ["Compare with the previous week (2026-02-16)", "Compare with the last archived week (2026-02-17)"],
            week.QuerySelectorAll("a").Select(a => a.TextContent).Where(t => t.StartsWith("Compare with", StringComparison.Ordinal)));
        Assert.DoesNotContain(site.Files.Keys, k => k.StartsWith("weeks/2026-02-16/compare/2026-02-17/", StringComparison.Ordinal));

        var page = Page(site, "weeks/2026-02-23/compare/2026-02-17/index.html");
        Assert.Equal(["Total", "46.25", "100.00", "+53.75"], Cells(page.QuerySelector("section[aria-labelledby='scores'] tfoot tr")!).Where(c => c.Length > 0));
        Assert.Contains(Rows(page, "decision"), r => r.SequenceEqual(["Phase", "Phase 1 (Metric Hardening)", "Phase 3 (Feature and Polish Re-entry)"]));
        Assert.Contains(Rows(page, "conditions"), r => r.SequenceEqual(["No-Go open-redteam-p0p1", "active", "cleared"]));
        Assert.Contains(Rows(page, "items"), r => r[0] == "M-1" && r[2] == "resolved since");
        Assert.Contains("keeps no evidence verdicts", page.QuerySelector("section[aria-labelledby='evidence']")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(page.QuerySelectorAll("a"), a => a.GetAttribute("href") == "../../../../archive/2026-02-17/");
    }

    [Fact]
    public void Should_keep_compare_pages_out_of_the_sitemap()
    {
        using var plan = SiteFolder.Shipped();
        var site = Render(plan);

        var sitemap = Encoding.UTF8.GetString(site.Files["sitemap.xml"].AsSpan());
        Assert.Contains("weeks/2026-02-18/", sitemap, StringComparison.Ordinal);
        Assert.DoesNotContain("/compare/", sitemap, StringComparison.Ordinal);
    }

    private static RenderedSite Render(SiteFolder folder)
    {
        var site = SiteBuilder.Render(folder.Options(strict: true));
        Assert.True(site.Succeeded, string.Join("\n", site.Diagnostics));
        return site;
    }

    private static IDocument Page(RenderedSite site, string path) =>
        new HtmlParser().ParseDocument(Encoding.UTF8.GetString(site.Files[path].AsSpan()));

    private static List<string[]> Rows(IDocument page, string section) =>
        [.. page.QuerySelectorAll("section[aria-labelledby='" + section + "'] tbody tr").Select(Cells)];

    private static string[] Cells(IElement row) => [.. row.Children.Select(c => c.TextContent.Trim())];
}
