using Microsoft.Playwright;

namespace Reports.Tests.EndToEnd;

/// <summary>
/// Debian's Chromium at <see cref="ExecutablePath"/>, driven by Playwright and launched once per fixture. Playwright's
/// own browser downloads are never used. Each tab gets a fresh context (its own profile state: no cookies or cache
/// shared between tests).
/// </summary>
public sealed class Chromium : IAsyncDisposable
{
    public const string ExecutablePath = "/usr/bin/chromium";

    // Nothing in the background may reach the network: the tests assert that no request leaves 127.0.0.1.
    private static readonly string[] Arguments =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run",
    ];

    private readonly IPlaywright playwright;

    private Chromium(IPlaywright playwright, IBrowser browser)
    {
        this.playwright = playwright;
        Browser = browser;
    }

    public IBrowser Browser { get; }

    /// <summary>Why browser tests cannot run here, or null when Chromium is installed.</summary>
    public static string? MissingReason => File.Exists(ExecutablePath)
        ? null
        : $"Chromium is not installed at {ExecutablePath} (apt-get install chromium); browser tests are skipped";

    /// <summary>Launches Chromium, or returns null when it is not installed (see <see cref="MissingReason"/>).</summary>
    public static async Task<Chromium?> LaunchIfInstalledAsync()
    {
        if (MissingReason is not null)
        {
            return null;
        }

        var playwright = await Playwright.CreateAsync();
        try
        {
            // Playwright gives every launch a fresh temporary user-data-dir and deletes it on close.
            var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = ExecutablePath,
                Headless = true,
                ChromiumSandbox = false,
                Args = Arguments,
            });
            return new Chromium(playwright, browser);
        }
        catch
        {
            playwright.Dispose();
            throw;
        }
    }

    /// <summary>A new tab in a new context of <paramref name="viewport"/>'s size, guarded so no request leaves 127.0.0.1.</summary>
    public async Task<BrowserTab> NewTabAsync(Viewport viewport, TabOptions? options = null)
    {
        options ??= TabOptions.Reading;
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = viewport.Width, Height = viewport.Height },
            JavaScriptEnabled = options.JavaScript,
            BypassCSP = options.BypassCsp,
            ColorScheme = options.ColorScheme,
            ServiceWorkers = ServiceWorkerPolicy.Block,
            Locale = "en-US",
            TimezoneId = "UTC",
        });
        context.SetDefaultTimeout(15_000);
        return await BrowserTab.OpenAsync(context, viewport);
    }

    public async ValueTask DisposeAsync()
    {
        await Browser.CloseAsync();
        playwright.Dispose();
    }
}
