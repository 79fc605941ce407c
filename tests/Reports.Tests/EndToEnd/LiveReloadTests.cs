using Microsoft.Playwright;
using Reports.Tests.Cli.Serve;
using Reports.Tests.Site;

namespace Reports.Tests.EndToEnd;

/// <summary>
/// Someone previews the site with <c>reports serve</c>, keeps a weekly report open in Chromium and edits the data:
/// the page follows every save by itself, shows the problems of a bad save and comes back once it is fixed.
/// </summary>
public sealed class LiveReloadTests : IDisposable
{
    private static readonly float Patience = (float)RunningPreview.Patience.TotalMilliseconds;

    private readonly SiteFolder _site = SiteFolder.Shipped();

    public void Dispose() => _site.Dispose();

    [SkippableFact]
    public async Task Should_follow_edits_to_the_data_without_a_manual_reload()
    {
        Chromium.SkipIfMissing();
        using var serve = await ServeProcess.StartAsync(_site.Root);
        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await browser.NewPageAsync();
        var blocked = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
            {
                blocked.Add(message.Text);
            }
        };

        await page.GotoAsync(new Uri(serve.Url, "weeks/2026-02-18/").ToString());
        var lead = page.Locator("p.lead");
        await Assertions.Expect(lead).ToContainTextAsync("total 55.00 / 100");
        await page.EvaluateAsync("() => { window.openedBeforeTheEdit = true; }");

        Edit("2026-02-18,ci,3,", "2026-02-18,ci,4,");
        await Assertions.Expect(lead).ToContainTextAsync("total 58.75 / 100", new() { Timeout = Patience });
        Assert.False(await page.EvaluateAsync<bool>("() => window.openedBeforeTheEdit === true"), "the page should have reloaded itself");

        Edit("2026-02-18,ci,4,", "2026-02-18,ci,9,");
        var problems = page.Locator("main.reports-diagnostics");
        await Assertions.Expect(problems).ToContainTextAsync("RPT036", new() { Timeout = Patience });
        await Assertions.Expect(problems).ToContainTextAsync("score 9 is out of range");

        Edit("2026-02-18,ci,9,", "2026-02-18,ci,3,");
        await Assertions.Expect(lead).ToContainTextAsync("total 55.00 / 100", new() { Timeout = Patience });
        Assert.Empty(blocked);

        var (exitCode, _) = await serve.InterruptAsync();
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
