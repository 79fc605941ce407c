using Microsoft.Playwright;
using Reports.Tests.Cli.Serve;
using Reports.Tests.Site;

namespace Reports.Tests.EndToEnd;

/// <summary>
/// Someone previews the site with <c>reports serve</c>, keeps a weekly report open in Chromium and edits the data:
/// the page follows every save by itself, shows the problems of a bad save and comes back once it is fixed.
/// The tab runs JavaScript under the preview's own CSP (not bypassed), so a blocked reload script fails the test.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class LiveReloadTests(SiteInBrowserFixture browser) : IDisposable
{
    private static readonly float Patience = (float)RunningPreview.Patience.TotalMilliseconds;

    private readonly SiteFolder _site = SiteFolder.Shipped();

    public void Dispose() => _site.Dispose();

    [SkippableFact]
    public async Task Should_follow_edits_to_the_data_without_a_manual_reload()
    {
        await using var tab = await browser.NewTabAsync(Viewport.Desktop, new TabOptions(JavaScript: true));
        using var serve = await ServeProcess.StartAsync(_site.Root);

        await tab.CheckAsync(async page =>
        {
            await tab.GotoAsync(new Uri(serve.Url, "weeks/2026-02-18/"));
            var total = page.Locator(".summary .value").First;
            await Assertions.Expect(total).ToContainTextAsync("55.00");
            await page.EvaluateAsync("() => { window.openedBeforeTheEdit = true; }");

            Edit("2026-02-18,ci,3,", "2026-02-18,ci,4,");
            await Assertions.Expect(total).ToContainTextAsync("58.75", new() { Timeout = Patience });
            Assert.False(await page.EvaluateAsync<bool>("() => window.openedBeforeTheEdit === true"), "the page should have reloaded itself");

            Edit("2026-02-18,ci,4,", "2026-02-18,ci,9,");
            var problems = page.Locator("main.reports-diagnostics");
            await Assertions.Expect(problems).ToContainTextAsync("RPT036", new() { Timeout = Patience });
            await Assertions.Expect(problems).ToContainTextAsync("score 9 is out of range");

            Edit("2026-02-18,ci,9,", "2026-02-18,ci,3,");
            await Assertions.Expect(total).ToContainTextAsync("55.00", new() { Timeout = Patience });
        });

        // The diagnostics page is served with status 500 on purpose; anything else failing is a problem.
        Assert.DoesNotContain(tab.ConsoleErrors, e => !e.Contains("500", StringComparison.Ordinal));
        var (exitCode, _) = await serve.StopAsync("TERM");
        Assert.Equal(0, exitCode);
    }

    private void Edit(string from, string to)
    {
        var path = _site.PathOf("data/scores.csv");
        var text = File.ReadAllText(path);
        Assert.Contains(from, text, StringComparison.Ordinal);
        File.WriteAllText(path, text.Replace(from, to, StringComparison.Ordinal));
    }
}
