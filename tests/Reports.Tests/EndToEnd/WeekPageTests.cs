using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Reports.Tests.EndToEnd;

/// <summary>A weekly report as a person reads it, without JavaScript, on a desktop and on a phone.</summary>
[Collection(BrowserCollection.Name)]
public sealed class WeekPageTests(SiteInBrowserFixture site)
{
    private static readonly string[] Categories =
    [
        "Measurement Completeness", "Reliability Outcomes", "Test and CI Strength", "Security and Abuse Resistance",
        "Operability and Incident Readiness", "Delivery Discipline",
    ];

    [SkippableTheory]
    [MemberData(nameof(Viewport.Names), MemberType = typeof(Viewport))]
    public async Task Should_show_the_weeks_total_and_its_score_snapshot_of_six_categories(string viewport)
    {
        await using var tab = await site.OpenAsync("weeks/2026-02-17/", Viewport.Named(viewport));

        await tab.CheckAsync(async page =>
        {
            Assert.Equal("Weekly report: week of 2026-02-17", await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync());
            var total = page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Listitem).Filter(new() { HasTextRegex = new Regex("^\\s*Total score") });
            Assert.StartsWith("46.25", (await total.InnerTextAsync()).Split('\n', StringSplitOptions.TrimEntries)[1], StringComparison.Ordinal);

            var snapshot = page.GetByRole(AriaRole.Table, new() { Name = "Score snapshot, week of 2026-02-17" });
            await snapshot.ScrollIntoViewIfNeededAsync();
            Assert.True(await snapshot.IsVisibleAsync());
            var rowHeaders = await snapshot.GetByRole(AriaRole.Rowheader).AllInnerTextsAsync();
            Assert.Equal([.. Categories, "Total"], rowHeaders.Select(h => h.Trim()));
            var outcomes = snapshot.GetByRole(AriaRole.Row).Filter(new() { Has = page.GetByRole(AriaRole.Rowheader, new() { Name = "Reliability Outcomes" }) });
            var cells = await outcomes.GetByRole(AriaRole.Cell).AllInnerTextsAsync();
            Assert.Equal(["25", "1", "6.25"], cells.Take(3).Select(c => c.Trim()));
            var footer = await snapshot.GetByRole(AriaRole.Row).Last.InnerTextAsync();
            Assert.Contains("46.25", footer, StringComparison.Ordinal);
        });
    }

    [SkippableTheory]
    [MemberData(nameof(Viewport.Names), MemberType = typeof(Viewport))]
    public async Task Should_go_to_the_next_week_and_back_by_clicking_the_pager(string viewport)
    {
        await using var tab = await site.OpenAsync("weeks/2026-02-17/", Viewport.Named(viewport));

        await tab.CheckAsync(async page =>
        {
            var pager = page.GetByRole(AriaRole.Navigation, new() { Name = "Other weeks" });
            Assert.Contains("First scored week", await pager.InnerTextAsync(), StringComparison.Ordinal);

            await pager.GetByRole(AriaRole.Link, new() { Name = "Week of 2026-02-18 (55.00) →" }).ClickAsync();

            await Expect(page).ToHaveURLAsync(site.Url("weeks/2026-02-18/").AbsoluteUri);
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Weekly report: week of 2026-02-18");
            Assert.Contains("Latest scored week", await pager.InnerTextAsync(), StringComparison.Ordinal);

            await pager.GetByRole(AriaRole.Link, new() { Name = "← Week of 2026-02-17 (46.25)" }).ClickAsync();

            await Expect(page).ToHaveURLAsync(site.Url("weeks/2026-02-17/").AbsoluteUri);
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Weekly report: week of 2026-02-17");

            await pager.GetByRole(AriaRole.Link, new() { Name = "All weeks" }).ClickAsync();

            await Expect(page).ToHaveURLAsync(site.Url("weeks/").AbsoluteUri);
        });
    }

    [SkippableFact]
    public async Task Should_print_the_report_without_the_navigation()
    {
        await using var tab = await site.OpenAsync("weeks/2026-02-17/", Viewport.Desktop);

        await tab.CheckAsync(async page =>
        {
            var siteNav = page.GetByRole(AriaRole.Navigation, new() { Name = "Main" });
            var pager = page.GetByRole(AriaRole.Navigation, new() { Name = "Other weeks" });
            Assert.True(await siteNav.IsVisibleAsync(), "on screen the site navigation shows");

            await page.EmulateMediaAsync(new() { Media = Media.Print });

            Assert.False(await siteNav.IsVisibleAsync(), "the site navigation prints");
            Assert.False(await pager.IsVisibleAsync(), "the pager prints");
            Assert.False(await page.GetByRole(AriaRole.Contentinfo).IsVisibleAsync(), "the footer prints");
            Assert.False(await page.GetByRole(AriaRole.Link, new() { Name = "Skip to content" }).IsVisibleAsync(), "the skip link prints");
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
            await Expect(page.GetByRole(AriaRole.Table, new() { Name = "Score snapshot, week of 2026-02-17" })).ToBeVisibleAsync();
            var total = page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Listitem).Filter(new() { HasTextRegex = new Regex("^\\s*Total score") });
            await Expect(total).ToBeVisibleAsync();
            Assert.Contains("46.25", await total.InnerTextAsync(), StringComparison.Ordinal);
        });
    }
}
