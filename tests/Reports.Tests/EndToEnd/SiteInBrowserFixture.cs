using Reports.Site;
using Reports.Tests.Site;

namespace Reports.Tests.EndToEnd;

/// <summary>
/// The shipped site (data/, input/, theme/) built once into a temp folder and served on 127.0.0.1 with netlify.toml's
/// headers, and Chromium launched once: shared by every test class in <see cref="BrowserCollection"/>.
/// <para>
/// Use: put <c>[Collection(BrowserCollection.Name)]</c> on the class, take this fixture in the constructor, and in a
/// <c>[SkippableFact]</c>/<c>[SkippableTheory]</c> write
/// <c>await using var tab = await site.OpenAsync("weeks/", Viewport.Phone);</c> then
/// <c>await tab.CheckAsync(async page => { ... });</c> (screenshot on failure, fails on requests leaving 127.0.0.1).
/// Every call skips the test, saying why, when Chromium is not installed. Pages open without JavaScript and under the
/// CSP; pass <see cref="TabOptions.Measuring"/> or <see cref="TabOptions.Auditing"/> to turn it on.
/// </para>
/// <para>
/// Other servers and folders: <c>site.NewTabAsync(viewport)</c> gives a guarded tab on the shared browser; point it at
/// any 127.0.0.1 URL (a preview server) with <c>tab.GotoAsync(url)</c>. Serve any built folder (a site with archive
/// snapshots) with <c>await using var server = await StaticSiteServer.StartAsync(folder, site.Headers)</c>, and open
/// <c>server.Url("archive/")</c>. <see cref="FileUrl"/> opens a built file from disk instead of over HTTP.
/// </para>
/// </summary>
public sealed class SiteInBrowserFixture : IAsyncLifetime
{
    private SiteFolder? folder;
    private StaticSiteServer? server;
    private SiteFolder? example;
    private StaticSiteServer? exampleServer;

    /// <summary>The built site's output folder.</summary>
    public string Output => Folder.Output;

    /// <summary>The example program (<c>examples/lumen-relay</c>, with evidence) built and served beside the plan's site.</summary>
    public string ExampleOutput => (example ?? throw new InvalidOperationException("the fixture is not initialized")).Output;

    public SiteFolder Folder => folder ?? throw new InvalidOperationException("the fixture is not initialized");

    public StaticSiteServer Server => server ?? throw new InvalidOperationException("the fixture is not initialized");

    /// <summary>The headers the host sends with every page (netlify.toml), the CSP among them.</summary>
    public IReadOnlyDictionary<string, string> Headers { get; } = NetlifyHeaders.ForEveryPath(Path.Combine(RepositoryRoot.Path, "netlify.toml"));

    /// <summary>The browser, or null when Chromium is not installed.</summary>
    public Chromium? Chromium { get; private set; }

    public async Task InitializeAsync()
    {
        folder = SiteFolder.Shipped();
        var outcome = SiteBuilder.Build(folder.Options(strict: true));
        if (!outcome.Succeeded)
        {
            throw new InvalidOperationException("the shipped site does not build:\n" + string.Join("\n", outcome.Diagnostics));
        }

        server = await StaticSiteServer.StartAsync(folder.Output, Headers);

        // The plan's data has no evidence: the SLO and CI pages are checked with evidence present on the example.
        example = SiteFolder.Example("lumen-relay");
        var built = SiteBuilder.Build(example.Options(strict: true));
        if (!built.Succeeded)
        {
            throw new InvalidOperationException("the example program does not build:\n" + string.Join("\n", built.Diagnostics));
        }

        exampleServer = await StaticSiteServer.StartAsync(example.Output, Headers);
        Chromium = await Chromium.LaunchIfInstalledAsync();
    }

    /// <summary>
    /// The served URL of a site-relative path (<c>weeks/2026-02-17/</c>); a path starting with
    /// <see cref="PageTypes.ExamplePrefix"/> is served from the example program's site.
    /// </summary>
    public Uri Url(string relative) => relative.StartsWith(PageTypes.ExamplePrefix, StringComparison.Ordinal)
        ? (exampleServer ?? throw new InvalidOperationException("the fixture is not initialized")).Url(relative[PageTypes.ExamplePrefix.Length..])
        : Server.Url(relative);

    /// <summary>The <c>file:</c> URL of a built file (<c>weeks/2026-02-17/index.html</c>).</summary>
    public Uri FileUrl(string relative) => new(Path.Combine(Output, relative.Replace('/', Path.DirectorySeparatorChar)));

    /// <summary>A guarded tab on the shared browser, not yet navigated; skips the test when there is no browser.</summary>
    public Task<BrowserTab> NewTabAsync(Viewport viewport, TabOptions? options = null)
    {
        Skip.If(Chromium is null, Chromium.MissingReason);
        return Chromium!.NewTabAsync(viewport, options);
    }

    /// <summary>A tab showing the served page at <paramref name="relative"/>.</summary>
    public Task<BrowserTab> OpenAsync(string relative, Viewport viewport, TabOptions? options = null) =>
        OpenAsync(Url(relative), viewport, options);

    /// <summary>A tab showing <paramref name="url"/> (served, or a <c>file:</c> URL).</summary>
    public async Task<BrowserTab> OpenAsync(Uri url, Viewport viewport, TabOptions? options = null)
    {
        var tab = await NewTabAsync(viewport, options);
        await tab.GotoAsync(url);
        return tab;
    }

    public async Task DisposeAsync()
    {
        if (Chromium is not null)
        {
            await Chromium.DisposeAsync();
        }

        if (server is not null)
        {
            await server.DisposeAsync();
        }

        if (exampleServer is not null)
        {
            await exampleServer.DisposeAsync();
        }

        folder?.Dispose();
        example?.Dispose();
    }
}
