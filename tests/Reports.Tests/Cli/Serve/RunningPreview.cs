using System.Diagnostics;
using Reports.Cli;
using Reports.Cli.Serve;
using Reports.Tests.Site;

namespace Reports.Tests.Cli.Serve;

/// <summary>
/// A preview server on a free port of 127.0.0.1, serving a throw-away copy of the shipped site, stopped on dispose.
/// What it printed is kept. Waits are bounded: a test fails rather than hangs.
/// </summary>
internal sealed class RunningPreview : IAsyncDisposable
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private readonly StringWriter _out = new();
    private readonly StringWriter _error = new();

    private RunningPreview(SiteFolder site) => Site = site;

    public SiteFolder Site { get; }

    public PreviewServer Server { get; private set; } = null!;

    public HttpClient Http { get; } = new() { Timeout = Patience };

    public Uri Url => Server.Url;

    public string Printed
    {
        get
        {
            lock (_out)
            {
                return _out + _error.ToString();
            }
        }
    }

    public static async Task<RunningPreview> StartAsync(SiteFolder? site = null)
    {
        var preview = new RunningPreview(site ?? SiteFolder.Shipped());
        var output = TextWriter.Synchronized(preview._out);
        var error = TextWriter.Synchronized(preview._error);
        preview.Server = await PreviewServer.StartAsync(new PreviewOptions(preview.Site.Options(), 0, PreviewOptions.DefaultQuiet), output, error, Painter.Plain);
        return preview;
    }

    public Task<HttpResponseMessage> GetAsync(string path) => Http.GetAsync(new Uri(Url, path));

    public async Task<string> GetTextAsync(string path) => await (await GetAsync(path)).Content.ReadAsStringAsync();

    /// <summary>Edits a source file, then waits until the server has published a build after it.</summary>
    public async Task<PreviewStatus.Snapshot> EditAndWaitAsync(string path, Func<string, string> edit)
    {
        var seen = Server.Status.Current.Build;
        var file = Site.PathOf(path);
        File.WriteAllText(file, edit(File.ReadAllText(file)));
        using var timeout = new CancellationTokenSource(Patience);
        return await Server.Status.WaitForNextAsync(seen, timeout.Token);
    }

    public async ValueTask DisposeAsync()
    {
        var clock = Stopwatch.StartNew();
        await Server.DisposeAsync();
        Assert.True(clock.Elapsed < Patience, "the server took too long to stop");
        Http.Dispose();
        Site.Dispose();
    }
}
