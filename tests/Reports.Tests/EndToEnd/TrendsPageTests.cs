using Xunit.Abstractions;

namespace Reports.Tests.EndToEnd;

/// <summary>
/// The Trends page of the plan's two weeks reads in about two screens. Before the small multiples it was 7,802 px tall at
/// 1280 px (each category a full-size chart, two empty incident charts); the bound is loose so styling can move.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class TrendsPageTests(SiteInBrowserFixture site, ITestOutputHelper output)
{
    private const int HeightBefore = 7802;

    [SkippableFact]
    public async Task Should_be_less_than_half_as_tall_as_before_the_small_multiples()
    {
        await using var tab = await site.OpenAsync("trends/", Viewport.Desktop, TabOptions.Measuring);

        await tab.CheckAsync(async page =>
        {
            var height = await page.EvaluateAsync<int>("() => document.scrollingElement.scrollHeight");
            output.WriteLine($"/trends/ is {height} px tall at {Viewport.Desktop}");

            Assert.True(height < HeightBefore / 2, $"/trends/ is {height} px tall at {Viewport.Desktop}, not under half of {HeightBefore} px");
        });
    }
}
