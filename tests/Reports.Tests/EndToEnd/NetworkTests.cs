using Microsoft.Playwright;

namespace Reports.Tests.EndToEnd;

/// <summary>Every page loads from 127.0.0.1 alone, every file it asks for exists, and its CSP reports no violation.</summary>
[Collection(BrowserCollection.Name)]
public sealed class NetworkTests(SiteInBrowserFixture site)
{
    [SkippableTheory]
    [MemberData(nameof(PageTypes.Paths), MemberType = typeof(PageTypes))]
    public async Task Should_load_every_page_from_its_own_server_under_the_csp_without_errors(string path)
    {
        foreach (var viewport in Viewport.All)
        {
            await using var tab = await site.OpenAsync(path, viewport);

            await tab.CheckAsync(page =>
            {
                Assert.Contains(tab.Responses, r => r.Request.IsNavigationRequest && r.Headers.ContainsKey("content-security-policy"));
                Assert.Contains(tab.Responses, r => r.Request.ResourceType == "stylesheet" && r.Status == 200);
                Assert.Empty(tab.FailedRequests);
                var errors = path == PageTypes.NotFound
                    ? tab.ConsoleErrors.Where(e => !e.Contains("404", StringComparison.Ordinal))
                    : tab.ConsoleErrors;
                Assert.Empty(errors);
                return Task.CompletedTask;
            });
        }
    }

    [SkippableFact]
    public async Task Should_abort_and_report_requests_to_another_host()
    {
        // The CSP would stop the image before it reaches the network; bypass it to exercise the guard itself.
        await using var tab = await site.OpenAsync("", Viewport.Desktop, TabOptions.Auditing);

        await tab.Page.SetContentAsync("<img src=\"https://example.com/pixel.png\" alt=\"\">");
        var navigation = await Record.ExceptionAsync(() => tab.GotoAsync(new Uri("https://example.org/")));

        Assert.IsType<PlaywrightException>(navigation);
        Assert.Equal(["https://example.com/pixel.png", "https://example.org/"], tab.ForeignRequests);
        var check = await Record.ExceptionAsync(() => tab.CheckAsync(_ => Task.CompletedTask));
        Assert.Contains("requests left 127.0.0.1", check?.Message, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Should_flag_an_inline_style_as_a_csp_violation()
    {
        await using var tab = await site.OpenAsync("", Viewport.Desktop);

        await tab.Page.SetContentAsync("<p style=\"color: red\">inline</p>");

        Assert.Contains(tab.ConsoleErrors, e => e.Contains("Content Security Policy", StringComparison.Ordinal));
    }
}
