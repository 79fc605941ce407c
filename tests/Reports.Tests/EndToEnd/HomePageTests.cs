using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Reports.Tests.EndToEnd;

/// <summary>The home page as a person sees it, without JavaScript, on a desktop and on a phone.</summary>
[Collection(BrowserCollection.Name)]
public sealed class HomePageTests(SiteInBrowserFixture site)
{
    [SkippableTheory]
    [MemberData(nameof(Viewport.Names), MemberType = typeof(Viewport))]
    public async Task Should_show_phase_total_and_decision_in_the_first_screen(string viewport)
    {
        await using var tab = await site.OpenAsync("", Viewport.Named(viewport));

        await tab.CheckAsync(async page =>
        {
            foreach (var (label, value) in new[] { ("Current phase", "Phase 1"), ("Total score", "55.00"), ("Decision", "Stay") })
            {
                var card = page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Listitem).Filter(new() { HasTextRegex = new Regex("^\\s*" + label) });
                var lines = (await card.InnerTextAsync()).Split('\n', StringSplitOptions.TrimEntries);
                Assert.Contains(lines, line => line.StartsWith(value, StringComparison.Ordinal));
                await AssertInFirstScreenAsync(card, tab.Viewport, label);
            }
        });
    }

    [SkippableTheory]
    [MemberData(nameof(Viewport.Names), MemberType = typeof(Viewport))]
    public async Task Should_explain_the_latest_decision_with_its_trace(string viewport)
    {
        await using var tab = await site.OpenAsync("", Viewport.Named(viewport));

        await tab.CheckAsync(async page =>
        {
            var why = page.GetByRole(AriaRole.Region, new() { Name = "Why this decision" });
            var steps = await why.GetByRole(AriaRole.Listitem).AllInnerTextsAsync();

            Assert.Contains(steps, s => s.Contains("not met", StringComparison.Ordinal) && s.Contains("Total: 55.00, below the threshold of 85", StringComparison.Ordinal));
            Assert.Contains(steps, s => s.Contains("not met", StringComparison.Ordinal) && s.Contains("Reliability Outcomes 1, below the minimum of 2", StringComparison.Ordinal));
            Assert.Contains(steps, s => s.Contains("met", StringComparison.Ordinal) && s.Contains("G1 pass", StringComparison.Ordinal));
            Assert.Contains(steps, s => s.Contains("not measured", StringComparison.Ordinal));
            Assert.Contains("Outcomes 1→4, Measurement 3→4, Security 2→3, Operability 2→3 → 86.25", await why.InnerTextAsync(), StringComparison.Ordinal);
            Assert.True(await page.GetByRole(AriaRole.Link, new() { Name = "Read the full weekly report for 2026-02-18" }).IsVisibleAsync());
        });
    }

    [SkippableTheory]
    [MemberData(nameof(Viewport.Names), MemberType = typeof(Viewport))]
    public async Task Should_show_the_trend_chart_with_its_text_alternative_and_numbers(string viewport)
    {
        await using var tab = await site.OpenAsync("", Viewport.Named(viewport));

        await tab.CheckAsync(async page =>
        {
            var chart = page.GetByRole(AriaRole.Img, new() { NameRegex = new Regex("^Total rose from 46.25 to 55.00") });
            Assert.True(await chart.IsVisibleAsync());
            var box = await chart.BoundingBoxAsync();
            Assert.True(box is { Width: > 200, Height: > 100 }, $"chart box {box?.Width}×{box?.Height}");
            Assert.True(box!.X + box.Width <= tab.Viewport.Width, "the chart is wider than the screen");
            // A phone gets the chart drawn for its width (the picture's narrow source), a desktop the img's own file.
            var source = tab.Viewport.Width < Reports.Rendering.Charts.ChartSize.WideFromViewport
                ? await page.Locator("#chart-total-trend source").GetAttributeAsync("srcset")
                : await chart.GetAttributeAsync("src");
            Assert.Contains(tab.Responses, r => r.Url.EndsWith(source!.TrimStart('.', '/'), StringComparison.Ordinal) && r.Status == 200);
            Assert.DoesNotContain(tab.Responses, r => r.Url.EndsWith(".svg", StringComparison.Ordinal) && !r.Url.EndsWith(source!.TrimStart('.', '/'), StringComparison.Ordinal) && r.Url.Contains("total-trend", StringComparison.Ordinal));

            var numbers = page.GetByRole(AriaRole.Table, new() { Name = "Total score by week: the numbers" });
            var rows = await numbers.GetByRole(AriaRole.Row).AllInnerTextsAsync();
            Assert.Contains(rows, r => r.StartsWith("2026-02-17", StringComparison.Ordinal) && r.Contains("46.25", StringComparison.Ordinal));
            Assert.Contains(rows, r => r.StartsWith("2026-02-18", StringComparison.Ordinal) && r.Contains("55.00", StringComparison.Ordinal));
        });
    }

    private static async Task AssertInFirstScreenAsync(ILocator element, Viewport viewport, string what)
    {
        var box = await element.BoundingBoxAsync();
        Assert.NotNull(box);
        Assert.True(box.Y >= 0 && box.Y + box.Height <= viewport.Height, $"{what} spans y {box.Y}–{box.Y + box.Height}, beyond the first {viewport.Height} px");
        Assert.True(box.X >= 0 && box.X + box.Width <= viewport.Width, $"{what} spans x {box.X}–{box.X + box.Width}, beyond {viewport.Width} px");
    }
}
