using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Reports.Preview;
using Reports.Publishing;

namespace Reports.Cli.Serve;

/// <summary>
/// <c>reports serve</c> as an object: builds the site once, serves the output folder on 127.0.0.1 with Kestrel,
/// watches the sources, rebuilds incrementally after each change and makes open pages reload. Start it with
/// <see cref="StartAsync"/>, stop it with <see cref="DisposeAsync"/>.
/// </summary>
public sealed class PreviewServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly SourceWatcher _watcher;
    private readonly CancellationTokenSource _stopping;
    private readonly Task _builds;

    private PreviewServer(WebApplication app, SourceWatcher watcher, CancellationTokenSource stopping, Task builds, PreviewStatus status, Uri url)
    {
        _app = app;
        _watcher = watcher;
        _stopping = stopping;
        _builds = builds;
        Status = status;
        Url = url;
    }

    /// <summary>Where the site is served, e.g. <c>http://127.0.0.1:8080/</c>.</summary>
    public Uri Url { get; }

    public PreviewStatus Status { get; }

    /// <summary>Builds, starts listening and watching; throws <see cref="IOException"/> when the port is taken.</summary>
    public static async Task<PreviewServer> StartAsync(PreviewOptions options, TextWriter output, TextWriter error, Painter paint)
    {
        ArgumentNullException.ThrowIfNull(options);
        var site = options.Site;
        var outputFolder = Path.GetFullPath(site.OutputDirectory);
        var status = new PreviewStatus(hasSite: File.Exists(Path.Combine(outputFolder, OutputWriter.MarkerFileName)));
        var builds = new PreviewBuilds(new SiteSession(site), status, output, error, paint);
        builds.Build(changes: null);

        var stopping = new CancellationTokenSource();
        var staging = Path.Combine(Path.GetDirectoryName(outputFolder)!, "." + Path.GetFileName(outputFolder) + "-staging");
        var watcher = new SourceWatcher([site.DataDirectory, site.InputDirectory, site.ThemeDirectory], [outputFolder, staging], options.Quiet);
        var responder = new PreviewResponder(outputFolder, status, stopping.Token);
        var app = CreateApp(options.Port, responder);
        try
        {
            await app.StartAsync().ConfigureAwait(false);
        }
        catch
        {
            watcher.Dispose();
            stopping.Dispose();
            await app.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var port = new Uri(address).Port;
        var url = new Uri(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}/"));
        var loop = Task.Run(() => builds.RunAsync(watcher, stopping.Token));
        return new PreviewServer(app, watcher, stopping, loop, status, url);
    }

    /// <summary>Stops watching, ends open event streams and stops listening; waits for a running build to finish.</summary>
    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync().ConfigureAwait(false);
        _watcher.Dispose();
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
        await _builds.ConfigureAwait(false);
        _stopping.Dispose();
    }

    private static WebApplication CreateApp(int port, PreviewResponder responder)
    {
        // The empty builder reads no appsettings.json and no ASPNETCORE_ variables: what is served and where
        // depends on the command line only.
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions { ApplicationName = typeof(PreviewServer).Assembly.GetName().Name });
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Listen(IPAddress.Loopback, port);
        });
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton<IHostLifetime, QuietLifetime>();
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = TimeSpan.FromSeconds(1));
        var app = builder.Build();
        app.Run(responder.RespondAsync);
        return app;
    }
}
