namespace Reports.Tests.Site;

/// <summary>The plan's site read as its audience reads it: phone-ready tables and charts, and rules in plain words.</summary>
public sealed class ReadingTests(ShippedSiteFixture fixture) : IClassFixture<ShippedSiteFixture>
{
    private BuiltSite Site => fixture.Site;

    [Fact]
    public void Should_label_every_cell_of_a_card_table_with_its_column()
    {
        var cards = Site.Pages.SelectMany(p => p.Value.QuerySelectorAll("table.cards").Select(t => (Page: p.Key, Table: t))).ToArray();

        Assert.Contains(cards, c => c.Page == "findings/index.html");
        Assert.Contains(cards, c => c.Page == "trends/index.html");
        foreach (var (page, table) in cards)
        {
            var unlabelled = table.QuerySelectorAll("tbody td").Where(td => string.IsNullOrEmpty(td.GetAttribute("data-label")));
            Assert.True(!unlabelled.Any(), $"{page}: a cell of “{table.QuerySelector("caption")?.TextContent}” has no data-label");
        }
    }

    [Fact]
    public void Should_publish_a_phone_variant_of_every_chart_a_page_shows()
    {
        var sources = Site.Pages.Values.SelectMany(p => p.QuerySelectorAll("figure.chart picture source")).ToArray();

        Assert.NotEmpty(sources);
        Assert.All(sources, s => Assert.True(Site.Files.ContainsKey(s.GetAttribute("srcset")!.TrimStart('.', '/')), s.GetAttribute("srcset")));
        Assert.All(sources, s => Assert.Equal(Reports.Rendering.Charts.ChartSize.NarrowMedia, s.GetAttribute("media")));
    }

    [Fact]
    public void Should_say_an_empty_chart_in_one_sentence_instead_of_drawing_it()
    {
        var trends = Site.Page("trends/index.html");

        Assert.Null(trends.QuerySelector("figure#chart-incidents-by-severity"));
        Assert.Equal("Incidents opened per week, by severity: No incidents recorded.", trends.QuerySelector("#chart-incidents-by-severity")!.TextContent);
    }

    [Fact]
    public void Should_name_rules_in_words_with_the_code_as_secondary_detail()
    {
        var steps = Site.Page("weeks/2026-02-18/index.html").QuerySelectorAll("ul.trace li").Select(li => li.TextContent).ToArray();

        Assert.Contains(steps, s => s.Contains("An unresolved P0/P1 red-team finding open-redteam-p0p1: M-1", StringComparison.Ordinal));
        Assert.Contains(steps, s => s.Contains("Total: 55.00, below the threshold of 85", StringComparison.Ordinal));
        Assert.Contains(steps, s => s.Contains("Every category at the minimum: Reliability Outcomes 1, below the minimum of 2", StringComparison.Ordinal));
        Assert.DoesNotContain(steps, s => s.Contains(" < ", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_not_say_open_in_a_findings_closed_column()
    {
        var closed = Site.Page("findings/index.html").QuerySelectorAll("td[data-label='Closed']").Select(td => td.TextContent.Trim()).ToArray();

        Assert.NotEmpty(closed);
        Assert.DoesNotContain("open", closed);
        Assert.Contains("not yet", closed);
    }

    [Fact]
    public void Should_fold_the_gates_of_other_phases_under_the_current_ones()
    {
        var gates = Site.Page("weeks/2026-02-18/index.html").QuerySelector("section[aria-labelledby='gates']")!;

        Assert.Contains("Phase 1 exit gates", gates.QuerySelector(":scope > .table-wrap caption")!.TextContent, StringComparison.Ordinal);
        var folded = gates.QuerySelector("details");
        Assert.NotNull(folded);
        Assert.Null(folded.GetAttribute("open"));
        Assert.Contains("Gates of other phases", folded.QuerySelector("caption")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_mark_the_reviews_own_uplift_target_as_the_reviews()
    {
        var uplift = Site.Page("weeks/2026-02-17/index.html").QuerySelector("section[aria-labelledby='uplift']")!.TextContent;

        Assert.Contains("computed from the policy", uplift, StringComparison.Ordinal);
        Assert.Contains("The review’s own target", uplift, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_show_zero_where_no_sev1_or_sev2_incident_opened()
    {
        var table = Site.Page("trends/index.html").QuerySelector("#total ~ .table-wrap table, section[aria-labelledby='total'] table")!;
        var opened = table.QuerySelectorAll("td[data-label='Sev-1/Sev-2 opened']").Select(td => td.TextContent).ToArray();

        Assert.Equal(["0", "0"], opened);
    }

    [Fact]
    public void Should_not_call_a_gate_of_another_phase_unknown_in_the_matrix()
    {
        var matrix = Site.Page("gates/index.html").QuerySelector("table.cards")!;
        var cells = matrix.QuerySelectorAll("tbody tr").SelectMany(r => r.QuerySelectorAll("td").Skip(1)).Select(td => td.TextContent.Trim()).ToArray();

        Assert.Contains(cells, c => c.EndsWith("not this phase", StringComparison.Ordinal));
        Assert.DoesNotContain(cells, c => c.EndsWith("unknown", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_offer_each_charts_numbers_as_a_csv_file_beside_its_svg()
    {
        var links = Site.Page("trends/index.html").QuerySelectorAll("p.take-away a[download]").Select(a => a.GetAttribute("href")!).ToArray();

        Assert.Contains("../charts/total-trend.csv", links);
        Assert.All(links, href => Assert.True(Site.Files.ContainsKey("charts/" + href.Split('/')[^1]), href));
        Assert.Equal("Week of,Phase,Total,Change,Sev-1/Sev-2 opened\n2026-02-17,1,46.25,,0\n2026-02-18,1,55.00,\"'+8.75\",0\n", Site.Text("charts/total-trend.csv"));
    }
}
