using System.Net;
using AngleSharp.Html.Parser;
using Reports.Preview;

namespace Reports.Tests.Cli.Serve;

/// <summary>The preview server over HTTP: what it serves, what it adds, and what a bad save shows.</summary>
public sealed class PreviewServerTests
{
    [Fact]
    public async Task Should_serve_pages_with_the_reload_script_while_the_output_folder_stays_script_free()
    {
        await using var preview = await RunningPreview.StartAsync();

        var response = await preview.GetAsync("weeks/2026-02-18/");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("127.0.0.1", preview.Url.Host);
        var script = Assert.Single(new HtmlParser().ParseDocument(html).QuerySelectorAll("script"));
        Assert.Equal(PreviewAssets.ScriptPath, script.GetAttribute("src"));
        Assert.Contains("script-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Contains("no-store", response.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
        Assert.All(preview.Site.OutputFiles().Where(f => f.Key.EndsWith(".html", StringComparison.Ordinal)), file =>
            Assert.DoesNotContain("<script", System.Text.Encoding.UTF8.GetString(file.Value), StringComparison.OrdinalIgnoreCase));
        Assert.Contains("EventSource", await preview.GetTextAsync(PreviewAssets.ScriptPath), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_serve_files_as_static_hosts_do_and_nothing_outside_the_output_folder()
    {
        await using var preview = await RunningPreview.StartAsync();
        using var noRedirects = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = preview.Url };

        var folder = await noRedirects.GetAsync("weeks/2026-02-18");
        var missing = await preview.GetAsync("no/such/page/");
        var outside = await preview.GetAsync("..%2Fdata%2Fscores.csv");
        var json = await preview.GetAsync("api/weeks.json");

        Assert.Equal(HttpStatusCode.MovedPermanently, folder.StatusCode);
        Assert.Equal("/weeks/2026-02-18/", folder.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("Page not found", await missing.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, outside.StatusCode);
        Assert.DoesNotContain("week_of", await outside.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("application/json", json.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task Should_rebuild_after_a_save_and_announce_the_new_build_on_the_event_stream()
    {
        await using var preview = await RunningPreview.StartAsync();
        using var events = new StreamReader(await preview.Http.GetStreamAsync(new Uri(preview.Url, PreviewAssets.EventsPath)));
        var first = await NextBuildAsync(events);

        var after = await preview.EditAndWaitAsync("data/scores.csv", csv => csv.Replace("2026-02-18,ci,3,", "2026-02-18,ci,4,", StringComparison.Ordinal));

        Assert.Equal(after.Build.ToString(System.Globalization.CultureInfo.InvariantCulture), await NextBuildAsync(events));
        Assert.NotEqual(first, after.Build.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains("58.75", await preview.GetTextAsync("weeks/2026-02-18/"), StringComparison.Ordinal);
        Assert.Matches(@"Rebuilt in \d+ ms \(.*scores\.csv changed; \d+ ms from the save\): \d+ file\(s\) written", preview.Printed);
        Assert.Contains("written: ", preview.Printed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_show_escaped_diagnostics_at_every_page_until_a_fix_brings_the_site_back()
    {
        await using var preview = await RunningPreview.StartAsync();
        var published = await File.ReadAllTextAsync(preview.Site.PathOf("output/weeks/2026-02-17/index.html"));

        var broken = await preview.EditAndWaitAsync("data/scores.csv", csv => csv.Replace("week_of,category,score,rationale", "week_of,category,score,rationale,<img src=x onerror=alert(1)>", StringComparison.Ordinal));

        Assert.NotNull(broken.Failure);
        foreach (var page in new[] { "", "weeks/2026-02-17/", "trends/", "no/such/page/" })
        {
            var response = await preview.GetAsync(page);
            var html = await response.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
            Assert.Contains("RPT012", html, StringComparison.Ordinal);
            Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", html, StringComparison.Ordinal);
            Assert.Empty(new HtmlParser().ParseDocument(html).QuerySelectorAll("img"));
        }

        var lastGood = await preview.GetTextAsync("weeks/2026-02-17/?last-good");
        Assert.Contains("reports-preview-banner", lastGood, StringComparison.Ordinal);
        Assert.Contains("Score snapshot", lastGood, StringComparison.Ordinal);
        Assert.Equal(published, await File.ReadAllTextAsync(preview.Site.PathOf("output/weeks/2026-02-17/index.html")));
        Assert.Contains("Build failed in", preview.Printed, StringComparison.Ordinal);

        var fixedAgain = await preview.EditAndWaitAsync("data/scores.csv", csv => csv.Replace(",<img src=x onerror=alert(1)>", "", StringComparison.Ordinal));

        Assert.Null(fixedAgain.Failure);
        var response2 = await preview.GetAsync("weeks/2026-02-17/");
        Assert.Equal(HttpStatusCode.OK, response2.StatusCode);
        Assert.Contains("Score snapshot", await response2.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_not_announce_a_build_when_a_save_changes_no_output()
    {
        await using var preview = await RunningPreview.StartAsync();
        var before = preview.Server.Status.Current.Build;

        File.AppendAllText(preview.Site.PathOf("data/scores.csv"), "");
        File.SetLastWriteTimeUtc(preview.Site.PathOf("data/scores.csv"), DateTime.UtcNow);
        await WaitForAsync(() => preview.Printed.Contains("Rebuilt in", StringComparison.Ordinal));

        Assert.Equal(before, preview.Server.Status.Current.Build);
        Assert.Contains("0 file(s) written, 0 removed", preview.Printed, StringComparison.Ordinal);
    }

    private static async Task<string> NextBuildAsync(StreamReader events)
    {
        using var timeout = new CancellationTokenSource(RunningPreview.Patience);
        while (await events.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.StartsWith("data: ", StringComparison.Ordinal))
            {
                return line["data: ".Length..];
            }
        }

        throw new InvalidOperationException("the event stream ended");
    }

    private static async Task WaitForAsync(Func<bool> condition)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(clock.Elapsed < RunningPreview.Patience, "timed out");
            await Task.Delay(20);
        }
    }
}
