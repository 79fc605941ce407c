namespace Reports.Tests.Site;

/// <summary>The weekly review's checklist on the plan's weekly reports: at the top, every answer stated, every line linked.</summary>
public sealed class ReviewChecklistPageTests(ShippedSiteFixture fixture) : IClassFixture<ShippedSiteFixture>
{
    private const string Week2 = "weeks/2026-02-18/index.html";

    [Fact]
    public void The_checklist_opens_every_weekly_report_before_the_score_snapshot()
    {
        foreach (var page in new[] { "weeks/2026-02-17/index.html", Week2 })
        {
            var headings = fixture.Site.Page(page).QuerySelectorAll("article h2").Select(h => h.Id).ToList();

            Assert.Equal(0, headings.IndexOf("review"));
            Assert.True(headings.IndexOf("review") < headings.IndexOf("snapshot"), page);
        }
    }

    [Fact]
    public void The_plans_week_2_answers_every_question()
    {
        var checklist = fixture.Site.Page(Week2).QuerySelector("section.checklist")!;
        var answers = checklist.QuerySelectorAll("dt").ToDictionary(dt => dt.Id!, dt => dt.NextElementSibling!.TextContent.Trim(), StringComparer.Ordinal);

        Assert.Equal("Not measured: slos.csv defines no SLO.", answers["review-slos-unknown"]);
        Assert.Equal("No incident class repeated.", answers["review-repeated-incident-classes"]);
        Assert.Equal("No finding is past due.", answers["review-findings-past-due"]);
        Assert.Contains("G2 Reliability blockers closed: fail", answers["review-gates-failed"], StringComparison.Ordinal);
        Assert.Contains("G3 Abuse and safety controls in place: fail", answers["review-gates-failed"], StringComparison.Ordinal);
        Assert.DoesNotContain("G4", answers["review-gates-failed"], StringComparison.Ordinal);
        Assert.Contains("H-1 fixed 2026-02-18", answers["review-regression-tests"], StringComparison.Ordinal);
    }

    [Fact]
    public void Every_line_of_the_checklist_links_to_its_evidence()
    {
        var links = fixture.Site.Page(Week2).QuerySelectorAll("section.checklist li").Select(li => li.QuerySelector("a")?.GetAttribute("href")).ToList();

        Assert.NotEmpty(links);
        Assert.All(links, Assert.NotNull);
        var references = fixture.Site.InternalReferences(Week2).Where(r => links.Contains(r.Url)).ToList();
        Assert.All(references, r =>
        {
            var target = fixture.Site.Page(r.Target);
            Assert.NotNull(target.GetElementById(r.Fragment));
        });
    }

    [Fact]
    public void Time_in_phase_and_forecast_sit_beside_the_uplift_plan_on_the_home_page_and_the_week()
    {
        foreach (var page in new[] { "index.html", Week2 })
        {
            var outlook = fixture.Site.Page(page).QuerySelector("ul.outlook")!.TextContent;

            Assert.Contains("Time in phase: Phase 1 since 2026-02-17: 1 day (plan: 14–28 days).", outlook, StringComparison.Ordinal);
            Assert.Contains("Forecast: not yet: it needs 3 scored weeks of the phase.", outlook, StringComparison.Ordinal);
        }
    }
}
