using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Reports.Tests.EndToEnd;

[Collection(BrowserCollection.Name)]
public sealed class KeyboardTests(SiteInBrowserFixture site)
{
    [SkippableTheory]
    [MemberData(nameof(Viewport.Names), MemberType = typeof(Viewport))]
    public async Task Should_show_the_skip_link_on_the_first_tab_and_jump_to_the_content(string viewport)
    {
        await using var tab = await site.OpenAsync("weeks/2026-02-17/", Viewport.Named(viewport));

        await tab.CheckAsync(async page =>
        {
            var skip = page.GetByRole(AriaRole.Link, new() { Name = "Skip to content" });
            Assert.True((await skip.BoundingBoxAsync())!.Y < 0, "the skip link shows before it has focus");

            await page.Keyboard.PressAsync("Tab");

            await Expect(skip).ToBeFocusedAsync();
            var box = await skip.BoundingBoxAsync();
            Assert.True(box!.Y >= 0 && box.Y + box.Height <= tab.Viewport.Height, $"the focused skip link is at y {box.Y}");

            await page.Keyboard.PressAsync("Enter");

            await Expect(page).ToHaveURLAsync(site.Url("weeks/2026-02-17/#main").AbsoluteUri);
            await Expect(page.GetByRole(AriaRole.Main)).ToBeFocusedAsync();
        });
    }
}
