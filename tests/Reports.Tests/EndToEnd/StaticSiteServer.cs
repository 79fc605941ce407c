using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.DependencyInjection;

namespace Reports.Tests.EndToEnd;

/// <summary>
/// A built output folder served over HTTP on 127.0.0.1 and a free port, the way the host publishes it: a directory URL
/// serves its <c>index.html</c> (and redirects to the trailing slash first, so relative links resolve), an unknown
/// URL gets <c>404.html</c> with status 404, and every response carries the given headers (the CSP of netlify.toml).
/// </summary>
public sealed class StaticSiteServer : IAsyncDisposable
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    private readonly WebApplication app;

    private StaticSiteServer(WebApplication app, string root, Uri baseAddress)
    {
        this.app = app;
        Root = root;
        BaseAddress = baseAddress;
    }

    /// <summary>The folder being served.</summary>
    public string Root { get; }

    /// <summary><c>http://127.0.0.1:PORT/</c>, with the trailing slash.</summary>
    public Uri BaseAddress { get; }

    /// <summary>Starts serving <paramref name="root"/>; <paramref name="headers"/> are added to every response.</summary>
    public static async Task<StaticSiteServer> StartAsync(string root, IReadOnlyDictionary<string, string>? headers = null)
    {
        var fullRoot = Path.GetFullPath(root);
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions { ContentRootPath = fullRoot });
        builder.WebHost.UseKestrelCore().ConfigureKestrel(options => options.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var responseHeaders = headers ?? new Dictionary<string, string>();
        app.Run(context => ServeAsync(context, fullRoot, responseHeaders));
        await app.StartAsync();

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new StaticSiteServer(app, fullRoot, new Uri(address.TrimEnd('/') + "/"));
    }

    /// <summary>The absolute URL of a site-relative path such as <c>weeks/2026-02-17/</c>.</summary>
    public Uri Url(string relative) => new(BaseAddress, relative.TrimStart('/'));

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    private static async Task ServeAsync(HttpContext context, string root, IReadOnlyDictionary<string, string> headers)
    {
        foreach (var (name, value) in headers)
        {
            context.Response.Headers[name] = value;
        }

        if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method))
        {
            context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            return;
        }

        // Kestrel has already decoded the path (except %2F); '..' and '.' segments never leave the root.
        var path = context.Request.Path.Value ?? "/";
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Any(s => s is "." or ".." || s.Contains('\\', StringComparison.Ordinal) || s.Contains('\0', StringComparison.Ordinal)))
        {
            await SendNotFoundAsync(context, root);
            return;
        }

        var file = Path.Combine([root, .. segments]);
        if (Directory.Exists(file))
        {
            if (!path.EndsWith('/'))
            {
                context.Response.StatusCode = StatusCodes.Status301MovedPermanently;
                context.Response.Headers.Location = path + "/" + context.Request.QueryString;
                return;
            }

            file = Path.Combine(file, "index.html");
        }

        if (!File.Exists(file))
        {
            await SendNotFoundAsync(context, root);
            return;
        }

        await SendFileAsync(context, file, StatusCodes.Status200OK);
    }

    private static async Task SendNotFoundAsync(HttpContext context, string root)
    {
        var page = Path.Combine(root, "404.html");
        if (File.Exists(page))
        {
            await SendFileAsync(context, page, StatusCodes.Status404NotFound);
            return;
        }

        context.Response.StatusCode = StatusCodes.Status404NotFound;
    }

    private static async Task SendFileAsync(HttpContext context, string file, int status)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = ContentTypes.TryGetContentType(file, out var type) ? type : "application/octet-stream";
        context.Response.ContentLength = new FileInfo(file).Length;
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await context.Response.SendFileAsync(file);
        }
    }
}
