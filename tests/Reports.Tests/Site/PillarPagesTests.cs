namespace Reports.Tests.Site;

/// <summary>
/// The findings and incidents tables' owner, age, due, days-to-close and pillar columns, and a page per pillar: built
/// from the plan fixture with the weekly review's columns filled in, and from the example program, under the strict link check.
/// </summary>
public sealed class PillarPagesTests
{
    // The plan's findings with owners, due dates and pillars; its latest scored week is 2026-02-18.
    private const string Findings = """
        id,title,priority,source,status,opened,closed,evidence,owner,due,pillar
        KI-1,Admin demotion parser fix,P0,known-issue,open,2026-02-17,,Needs tests.,Ana,2026-02-18,auth
        KI-2,Bootstrap deadlock root cause fix,P0,known-issue,open,2026-02-10,,Root cause found.,,2026-02-17,hydra
        KI-4,Socket action rate limiting,P1,known-issue,mitigated,2026-02-11,2026-02-18,Limiter in place.,Bo,,socket
        """;

    [Fact]
    public void The_findings_page_shows_owner_age_due_days_to_close_and_pillar()
    {
        using var folder = SiteFolder.Shipped();
        folder.Write("data/findings.csv", Findings + "\n");
        var site = Build(folder);
        var rows = Rows(site.Page("findings/index.html"));

        Assert.Equal("Ana", rows["KI-1"]["Owner"]);
        Assert.Equal("1 day", rows["KI-1"]["Age"]);
        Assert.Equal("2026-02-18due today", rows["KI-1"]["Due"]);
        Assert.Equal("none named", rows["KI-2"]["Owner"]);
        Assert.Equal("8 days", rows["KI-2"]["Age"]);
        Assert.Equal("2026-02-17overdue by 1 day", rows["KI-2"]["Due"]);
        Assert.Equal("", rows["KI-4"]["Age"]);
        Assert.Equal("7 days", rows["KI-4"]["Days to close"]);
        Assert.Equal("socket", rows["KI-4"]["Pillar"]);
        Assert.Equal("Ana", Rows(site.Page("weeks/2026-02-18/index.html"), "section[aria-labelledby=open]")["KI-1"]["Owner"]);
    }

    [Fact]
    public void The_incidents_page_and_its_csv_show_each_incidents_class()
    {
        using var folder = SiteFolder.Shipped();
        folder.Write("data/incidents.csv", """
            id,severity,pillar,title,opened,resolved,summary,link,class
            INC-1,sev2,hydra,Bootstrap deadlock,2026-02-10,2026-02-11,Restarted.,,bootstrap-deadlock
            INC-2,sev3,socket,Reconnect storm,2026-02-12,,Watching.,,
            """ + "\n");
        var site = Build(folder);
        var rows = Rows(site.Page("incidents/index.html"));

        Assert.Equal("bootstrap-deadlock", rows["INC-1"]["Class"]);
        Assert.Equal("none", rows["INC-2"]["Class"]);
        Assert.Contains("INC-1,Sev-2,resolved,Bootstrap deadlock,bootstrap-deadlock,hydra,", site.Text("incidents/incidents.csv"), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_cell_of_the_row_tables_is_labelled_with_its_column_header_for_the_phone_cards()
    {
        using var folder = SiteFolder.Example("lumen-relay");
        var site = Build(folder);

        foreach (var page in new[] { "findings/index.html", "incidents/index.html", "pillars/index.html", "pillars/video/index.html" })
        {
            var tables = site.Page(page).QuerySelectorAll("main table");
            Assert.NotEmpty(tables);
            foreach (var table in tables)
            {
                // The row's heading (its id) is the card's title on phones; every other cell is labelled.
                var headers = table.QuerySelectorAll("thead th").Skip(1).Select(th => th.TextContent.Trim()).ToArray();
                foreach (var row in table.QuerySelectorAll("tbody tr"))
                {
                    Assert.Equal("TH", row.Children[0].TagName);
                    var labels = row.Children.Skip(1).Select(c => c.GetAttribute("data-label")).ToArray();
                    Assert.Equal(headers, labels);
                }
            }
        }
    }

    [Fact]
    public void A_pillar_page_lists_its_slos_incidents_and_findings_linking_to_their_rows()
    {
        using var folder = SiteFolder.Example("lumen-relay");
        var site = Build(folder);
        var page = site.Page("pillars/video/index.html");

        var slo = page.QuerySelector("section[aria-labelledby=slos] tbody th a")!;
        Assert.Equal("video-join", slo.TextContent);
        Assert.Equal("../../slos/#slo-video-join", slo.GetAttribute("href"));
        var incident = page.QuerySelector("section[aria-labelledby=incidents] tbody th a")!;
        Assert.Equal("INC-2", incident.TextContent);
        var reference = site.InternalReferences("pillars/video/index.html").Single(r => r.Url == incident.GetAttribute("href"));
        Assert.NotNull(site.Page(reference.Target).GetElementById(reference.Fragment));
        Assert.DoesNotContain("INC-1", page.TextContent, StringComparison.Ordinal);
        Assert.Contains("pillars/video/", site.Text("sitemap.xml"), StringComparison.Ordinal);
    }

    [Fact]
    public void The_plans_pillars_each_have_a_page_naming_the_primary_owner_when_no_pillar_owner_is_named()
    {
        using var folder = SiteFolder.Shipped();
        var site = Build(folder);

        var index = site.Page("pillars/index.html").QuerySelectorAll("tbody th a").Select(a => a.TextContent).ToArray();
        Assert.Equal(["hydra", "video", "queue", "socket", "auth"], index);
        var owner = site.Page("pillars/hydra/index.html").QuerySelector("section[aria-labelledby=owner]")!.TextContent;
        Assert.Contains("The data names no owner for this pillar. The program's primary owner is Steph.", owner, StringComparison.Ordinal);
    }

    /// <summary>Builds under the strict link check: any warning, a broken link among them, fails the test.</summary>
    private static BuiltSite Build(SiteFolder folder)
    {
        var outcome = folder.Build(strict: true);
        Assert.True(outcome.Diagnostics.Count == 0, string.Join("\n", outcome.Diagnostics.Select(d => d.ToString())));
        return new BuiltSite(folder.OutputFiles());
    }

    /// <summary>Each row of the tables under <paramref name="scope"/> by its id, each cell's text by its data-label.</summary>
    private static Dictionary<string, Dictionary<string, string>> Rows(AngleSharp.Html.Dom.IHtmlDocument page, string scope = "main") =>
        page.QuerySelectorAll(scope + " tbody tr").ToDictionary(
            r => r.Children[0].TextContent.Trim(),
            r => r.Children.Skip(1).ToDictionary(c => c.GetAttribute("data-label")!, c => c.TextContent.Trim(), StringComparer.Ordinal),
            StringComparer.Ordinal);
}
