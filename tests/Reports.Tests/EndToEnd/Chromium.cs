using Microsoft.Playwright;

namespace Reports.Tests.EndToEnd;

/// <summary>
/// Debian's Chromium driven by Playwright (no browser download). Tests that need it call <see cref="SkipIfMissing"/>
/// first, so that on a machine without it they are reported as skipped, with the reason, never as passed.
/// </summary>
internal static class Chromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    public static void SkipIfMissing() =>
        Skip.IfNot(File.Exists(ExecutablePath), $"browser tests need Chromium at {ExecutablePath} (apt-get install chromium); it is not installed here");

    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        var playwright = await Playwright.CreateAsync();
        try
        {
            var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = ExecutablePath, Headless = true });
            return (playwright, browser);
        }
        catch
        {
            playwright.Dispose();
            throw;
        }
    }
}
