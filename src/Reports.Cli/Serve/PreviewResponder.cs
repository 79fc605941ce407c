using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Reports.Paths;
using Reports.Preview;

namespace Reports.Cli.Serve;

/// <summary>
/// Answers one request of the preview: the preview's own assets and event stream under <c>/_reports/</c>, the
/// site's files from the output folder with the live-reload script added to HTML responses, and, while the
/// sources do not build, the diagnostics page at every HTML address (<c>?last-good</c> shows the last good page).
/// </summary>
internal sealed class PreviewResponder(string outputFolder, PreviewStatus status, CancellationToken stopping)
{
    /// <summary>
    /// The published site's policy, relaxed only to let the page load the preview's own script and open its event
    /// stream from this server ('self'); inline scripts stay blocked.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; img-src 'self'; style-src 'self'; script-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'";

    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();
    private static readonly TimeSpan Heartbeat = TimeSpan.FromSeconds(15);

    public async Task RespondAsync(HttpContext context)
    {
        var request = context.Request;
        var response = context.Response;
        response.Headers.CacheControl = "no-store";
        response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
        response.Headers.XContentTypeOptions = "nosniff";
        if (!LocalHost.Accepts(request.Host.Host))
        {
            await WriteAsync(response, StatusCodes.Status400BadRequest, "text/plain; charset=utf-8", "This preview answers only at http://127.0.0.1 and http://localhost.\n").ConfigureAwait(false);
            return;
        }

        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            return;
        }

        var path = request.Path.Value ?? "/";
        switch (path)
        {
            case PreviewAssets.ScriptPath:
                await WriteAsync(response, StatusCodes.Status200OK, "text/javascript; charset=utf-8", PreviewAssets.Script).ConfigureAwait(false);
                return;
            case PreviewAssets.StylesheetPath:
                await WriteAsync(response, StatusCodes.Status200OK, "text/css; charset=utf-8", PreviewAssets.Stylesheet).ConfigureAwait(false);
                return;
            case PreviewAssets.EventsPath:
                await StreamEventsAsync(context).ConfigureAwait(false);
                return;
        }

        var sitePath = PreviewPath.ToSitePath(path);
        if (sitePath is null || path.StartsWith(PreviewAssets.Prefix, StringComparison.Ordinal))
        {
            await WriteAsync(response, StatusCodes.Status404NotFound, "text/plain; charset=utf-8", "Not found.\n").ConfigureAwait(false);
            return;
        }

        if (PreviewPath.IsFolderWithoutSlash(path, p => Serves(Physical(p))))
        {
            response.StatusCode = StatusCodes.Status301MovedPermanently;
            response.Headers.Location = PreviewPath.WithSlash(path) + request.QueryString;
            return;
        }

        var snapshot = status.Current;
        var file = Physical(sitePath);
        var exists = Serves(file);
        var isPage = PreviewPath.IsHtml(sitePath) || !exists;
        if (isPage && snapshot.Failure is { } failure && (!request.Query.ContainsKey(DiagnosticsPage.LastGoodQuery) || !snapshot.HasSite))
        {
            await WriteAsync(response, StatusCodes.Status500InternalServerError, "text/html; charset=utf-8",
                DiagnosticsPage.Render(failure, path, snapshot.HasSite, snapshot.Build)).ConfigureAwait(false);
            return;
        }

        if (!exists)
        {
            var notFound = Physical("404.html");
            if (!Serves(notFound))
            {
                await WriteAsync(response, StatusCodes.Status404NotFound, "text/plain; charset=utf-8", "Not found.\n").ConfigureAwait(false);
                return;
            }

            (file, sitePath) = (notFound, "404.html");
            response.StatusCode = StatusCodes.Status404NotFound;
        }

        var bytes = await ReadAsync(file).ConfigureAwait(false);
        if (bytes is null)
        {
            await WriteAsync(response, StatusCodes.Status404NotFound, "text/plain; charset=utf-8", "Not found.\n").ConfigureAwait(false);
            return;
        }

        if (PreviewPath.IsHtml(sitePath))
        {
            var banner = snapshot.Failure is { } current
                ? string.Create(CultureInfo.InvariantCulture, $"Last good build. The sources now have {current.Count(d => d.IsError)} error(s): remove '?{DiagnosticsPage.LastGoodQuery}' from the address to see them.")
                : null;
            var html = HtmlInjection.Inject(Utf8NoBom.GetString(bytes), snapshot.Build, banner);
            await WriteAsync(response, response.StatusCode, "text/html; charset=utf-8", html).ConfigureAwait(false);
            return;
        }

        response.ContentType = ContentTypes.TryGetContentType(sitePath, out var type) ? type : "application/octet-stream";
        response.ContentLength = bytes.Length;
        await response.Body.WriteAsync(bytes, context.RequestAborted).ConfigureAwait(false);
    }

    /// <summary>
    /// Server-Sent Events: the current build number at once, then each new one, with a comment line now and then
    /// so proxies and browsers keep the connection. Ends when the browser leaves or the server stops.
    /// </summary>
    private async Task StreamEventsAsync(HttpContext context)
    {
        var response = context.Response;
        response.ContentType = "text/event-stream";
        using var ended = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
        var token = ended.Token;
        try
        {
            var seen = status.Current.Build;
            await SendAsync(response, $"retry: 500\nevent: build\ndata: {seen}\n\n", token).ConfigureAwait(false);
            while (!token.IsCancellationRequested)
            {
                using var wait = CancellationTokenSource.CreateLinkedTokenSource(token);
                wait.CancelAfter(Heartbeat);
                try
                {
                    seen = (await status.WaitForNextAsync(seen, wait.Token).ConfigureAwait(false)).Build;
                    await SendAsync(response, string.Create(CultureInfo.InvariantCulture, $"event: build\ndata: {seen}\n\n"), token).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (!token.IsCancellationRequested)
                {
                    await SendAsync(response, ": still here\n\n", token).ConfigureAwait(false);
                }
            }
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            // The browser left, or the server is stopping.
        }
    }

    private static async Task SendAsync(HttpResponse response, string text, CancellationToken token)
    {
        await response.WriteAsync(text, token).ConfigureAwait(false);
        await response.Body.FlushAsync(token).ConfigureAwait(false);
    }

    private static Task WriteAsync(HttpResponse response, int status, string contentType, string text)
    {
        response.StatusCode = status;
        response.ContentType = contentType;
        var bytes = Utf8NoBom.GetBytes(text);
        response.ContentLength = bytes.Length;
        return response.Body.WriteAsync(bytes).AsTask();
    }

    /// <summary>The file's bytes, or null when it vanished (a rebuild removed it) between checking and reading.</summary>
    private static async Task<byte[]?> ReadAsync(string file)
    {
        try
        {
            return await File.ReadAllBytesAsync(file).ConfigureAwait(false);
        }
        catch (Exception error) when (error is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
    }

    /// <summary>Whether <paramref name="file"/> is there and, once every link on its way is followed, inside the output folder.</summary>
    private bool Serves(string file) => File.Exists(file) && ContainedPath.StaysInside(outputFolder, file);

    private string Physical(string sitePath) => Path.Combine(outputFolder, sitePath.Replace('/', Path.DirectorySeparatorChar));
}
