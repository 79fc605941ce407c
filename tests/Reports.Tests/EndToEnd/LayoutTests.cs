namespace Reports.Tests.EndToEnd;

/// <summary>
/// No page scrolls sideways: wide tables scroll inside their own region instead. Measured with JavaScript on, in a
/// context of its own; the site runs no script, so the layout is the one people get.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class LayoutTests(SiteInBrowserFixture site)
{
    [SkippableTheory]
    [MemberData(nameof(PageTypes.Paths), MemberType = typeof(PageTypes))]
    public async Task Should_not_overflow_the_page_horizontally_on_a_phone_or_a_desktop(string path)
    {
        foreach (var viewport in Viewport.All)
        {
            await using var tab = await site.OpenAsync(path, viewport, TabOptions.Measuring);

            await tab.CheckAsync(async page =>
            {
                var width = await page.EvaluateAsync<int>("() => document.scrollingElement.scrollWidth");
                var client = await page.EvaluateAsync<int>("() => document.scrollingElement.clientWidth");

                Assert.True(width <= viewport.Width, $"/{path} is {width} px wide at {viewport}");
                Assert.True(width <= client, $"/{path} scrolls sideways: {width} px in {client} px at {viewport}");
            });
        }
    }
}
