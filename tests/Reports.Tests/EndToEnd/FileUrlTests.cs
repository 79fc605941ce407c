using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Reports.Tests.EndToEnd;

/// <summary>A built page opened straight from disk still finds its stylesheet and images: every link is relative.</summary>
[Collection(BrowserCollection.Name)]
public sealed class FileUrlTests(SiteInBrowserFixture site)
{
    [SkippableFact]
    public async Task Should_render_a_weekly_report_from_disk_with_its_stylesheet_and_charts()
    {
        await using var tab = await site.OpenAsync(site.FileUrl("weeks/2026-02-17/index.html"), Viewport.Desktop);

        await tab.CheckAsync(async page =>
        {
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Weekly report: week of 2026-02-17");
            Assert.Empty(tab.FailedRequests);
            Assert.Contains(tab.Responses, r => r.Url.StartsWith("file:", StringComparison.Ordinal) && r.Request.ResourceType == "stylesheet");
            Assert.Contains(tab.Responses, r => r.Url.StartsWith("file:", StringComparison.Ordinal) && r.Request.ResourceType == "image");

            // Styled, not raw HTML: the skip link waits above the top edge until it gets focus.
            var skip = await page.GetByRole(AriaRole.Link, new() { Name = "Skip to content" }).BoundingBoxAsync();
            Assert.True(skip!.Y + skip.Height <= 0, $"the skip link shows at y {skip.Y}: no stylesheet");
        });
    }
}
