using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Reports.Tests.EndToEnd;

[Collection(BrowserCollection.Name)]
public sealed class NotFoundPageTests(SiteInBrowserFixture site)
{
    [SkippableTheory]
    [InlineData("desktop", "no-such-page/")]
    [InlineData("phone", "weeks/2030-01-07/")]
    public async Task Should_answer_an_unknown_url_with_a_styled_404_page_that_leads_home(string viewport, string path)
    {
        await using var tab = await site.NewTabAsync(Viewport.Named(viewport));

        await tab.CheckAsync(async page =>
        {
            var response = await tab.GotoAsync(site.Url(path));

            Assert.Equal(404, response!.Status);
            await Expect(page).ToHaveTitleAsync("Page not found · Reliability report");
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Page not found");
            Assert.Contains(tab.Responses, r => r.Url.EndsWith(".css", StringComparison.Ordinal) && r.Status == 200);
            Assert.Empty(tab.FailedRequests);

            await page.GetByRole(AriaRole.Link, new() { Name = "Latest weekly report" }).ClickAsync();

            await Expect(page).ToHaveURLAsync(site.Url("weeks/2026-02-18/").AbsoluteUri);
        });
    }
}
