using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Text;
using Microsoft.Playwright;

namespace Reports.Tests.EndToEnd;

/// <summary>
/// One page in its own browser context. Every request is routed: anything that is not 127.0.0.1, <c>file:</c>, <c>data:</c>
/// or <c>about:</c> is aborted and recorded, and <see cref="CheckAsync"/> fails the test on it. Console errors (CSP
/// violations among them), failed requests and responses are recorded too.
/// </summary>
public sealed class BrowserTab : IAsyncDisposable
{
    private readonly IBrowserContext context;
    private readonly ConcurrentQueue<string> foreignRequests = new();
    private readonly ConcurrentQueue<string> consoleErrors = new();
    private readonly ConcurrentQueue<string> failedRequests = new();
    private readonly ConcurrentQueue<IResponse> responses = new();

    private BrowserTab(IBrowserContext context, IPage page, Viewport viewport)
    {
        this.context = context;
        Page = page;
        Viewport = viewport;
    }

    public IPage Page { get; }

    public Viewport Viewport { get; }

    /// <summary>Requests to any host but 127.0.0.1; they were aborted.</summary>
    public IReadOnlyCollection<string> ForeignRequests => foreignRequests;

    public IReadOnlyCollection<string> ConsoleErrors => consoleErrors;

    /// <summary>Requests that got no response, or an error status, other than the page's own navigation.</summary>
    public IReadOnlyCollection<string> FailedRequests => failedRequests;

    public IReadOnlyCollection<IResponse> Responses => responses;

    internal static async Task<BrowserTab> OpenAsync(IBrowserContext context, Viewport viewport)
    {
        var page = await context.NewPageAsync();
        var tab = new BrowserTab(context, page, viewport);
        await context.RouteAsync("**/*", tab.GuardAsync);
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                tab.consoleErrors.Enqueue(message.Text);
            }
        };
        page.RequestFailed += (_, request) => tab.failedRequests.Enqueue($"{request.Url}: {request.Failure}");
        page.Response += (_, response) =>
        {
            tab.responses.Enqueue(response);
            if (response.Status >= 400 && !response.Request.IsNavigationRequest)
            {
                tab.failedRequests.Enqueue($"{response.Url}: HTTP {response.Status}");
            }
        };
        return tab;
    }

    /// <summary>Navigates and waits for the page and its subresources to load; the response is null for <c>file:</c> URLs.</summary>
    public Task<IResponse?> GotoAsync(Uri url) => Page.GotoAsync(url.AbsoluteUri, new PageGotoOptions { WaitUntil = WaitUntilState.Load });

    /// <summary>
    /// Runs the checks of a test on this tab. On failure, a full-page screenshot is written to the test output folder
    /// and its path added to the message. Afterwards, fails if any request tried to leave 127.0.0.1.
    /// </summary>
    public async Task CheckAsync(Func<IPage, Task> checks, [CallerMemberName] string test = "")
    {
        try
        {
            await checks(Page);
        }
        catch (Exception e) when (e is not Xunit.SkipException)
        {
            var screenshot = await ScreenshotAsync(test);
            throw new Xunit.Sdk.XunitException($"[{Viewport}] {Page.Url}\nscreenshot: {screenshot}\n{e.Message}", e);
        }

        Assert.True(foreignRequests.IsEmpty, "requests left 127.0.0.1:\n" + string.Join("\n", foreignRequests));
    }

    public async ValueTask DisposeAsync() => await context.CloseAsync();

    private async Task<string> ScreenshotAsync(string test)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "e2e-failures");
        Directory.CreateDirectory(folder);
        var name = new StringBuilder(test).Append('-').Append(Viewport.Name).Append('-').Append(Guid.NewGuid().ToString("N")[..8]).Append(".png");
        var path = Path.Combine(folder, name.ToString());
        try
        {
            await Page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
            return path;
        }
        catch (PlaywrightException e)
        {
            return "none (" + e.Message + ")";
        }
    }

    private async Task GuardAsync(IRoute route)
    {
        var url = new Uri(route.Request.Url);
        if (url.Scheme is "file" or "about" or "data" || url.Host == "127.0.0.1")
        {
            await route.ContinueAsync();
            return;
        }

        foreignRequests.Enqueue(route.Request.Url);
        await route.AbortAsync("blockedbyclient");
    }
}
