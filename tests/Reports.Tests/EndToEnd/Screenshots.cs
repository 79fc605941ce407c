using Microsoft.Playwright;

namespace Reports.Tests.EndToEnd;

/// <summary>
/// Full-page screenshots of every page type at 375 and 1280 px, light and dark, for a person to look at: written only
/// when REPORTS_SCREENSHOTS names a folder (bench/screenshots.sh), skipped otherwise. Asserts nothing a test elsewhere
/// does not; it exists so the pictures come from the same build and browser as the tests.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class Screenshots(SiteInBrowserFixture site)
{
    public const string FolderVariable = "REPORTS_SCREENSHOTS";

    [SkippableFact]
    public async Task Capture_every_page_type_at_phone_and_desktop_width_in_both_schemes()
    {
        var folder = Environment.GetEnvironmentVariable(FolderVariable);
        Skip.If(string.IsNullOrEmpty(folder), $"set {FolderVariable} to a folder to write screenshots");
        Directory.CreateDirectory(folder);

        foreach (var path in PageTypes.All)
        {
            foreach (var viewport in Viewport.All)
            {
                foreach (var scheme in new[] { ColorScheme.Light, ColorScheme.Dark })
                {
                    await using var tab = await site.OpenAsync(path, viewport, TabOptions.Reading with { ColorScheme = scheme });
                    var name = (path.Length == 0 ? "home" : path.TrimEnd('/').Replace('/', '_'))
                        + "-" + viewport.Width + "-" + scheme.ToString().ToLowerInvariant() + ".png";
                    await tab.Page.ScreenshotAsync(new PageScreenshotOptions { FullPage = true, Path = Path.Combine(folder, name) });
                }
            }
        }
    }
}
