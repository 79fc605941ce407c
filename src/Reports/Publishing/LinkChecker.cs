using System.Collections.Immutable;
using System.Text;
using Reports.Diagnostics;
using Reports.Pipeline;

namespace Reports.Publishing;

/// <summary>
/// Checks, before anything is published, that every internal link of the site resolves: each
/// <c>href</c>, <c>src</c>, <c>srcset</c> and <c>poster</c> of every .html file and each CSS <c>url()</c>
/// must name a produced file (<c>/weeks/2026-02-18/</c> → <c>weeks/2026-02-18/index.html</c>), and a
/// <c>#fragment</c> into a page must name an id there. External and non-http links are not checked.
/// </summary>
public static class LinkChecker
{
    private const string Host = "site.invalid";

    /// <param name="files">The site: site path → bytes, as <see cref="EngineResult.ToFiles"/> returns it.</param>
    /// <param name="severity">Warning by default; the caller makes it an error under <c>--strict</c>.</param>
    /// <param name="basePath">Where the site is served, e.g. <c>/reports/</c> for a project site; root-relative links must start with it.</param>
    /// <param name="cache">What an earlier check read from each page; only pages whose bytes changed are read again.</param>
    public static ImmutableArray<Diagnostic> Check(
        IReadOnlyDictionary<string, ImmutableArray<byte>> files,
        DiagnosticSeverity severity = DiagnosticSeverity.Warning,
        string basePath = "/",
        LinkScanCache? cache = null)
    {
        ArgumentNullException.ThrowIfNull(files);
        var root = "/" + basePath.Trim('/') + (basePath.Trim('/').Length == 0 ? "" : "/");
        var scanned = files.Keys
            .Where(p => IsHtml(p) || p.EndsWith(".css", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .ToList();
        var read = 0;
        var pages = OrderedParallel.Map(scanned.Count, CancellationToken.None, i =>
        {
            var path = scanned[i];
            ScannedPage Scan()
            {
                Interlocked.Increment(ref read);
                return LinkChecker.Scan(path, files[path]);
            }

            return cache is null ? Scan() : cache.GetOrScan(path, files[path], Scan);
        });
        var ids = new Dictionary<string, ImmutableHashSet<string>>(StringComparer.Ordinal);
        for (var i = 0; i < scanned.Count; i++)
        {
            ids[scanned[i]] = pages[i].Ids;
        }

        // What every page's result depends on besides its own links: the files that exist and the ids each page has.
        var shape = cache is null ? "" : Shape(files, scanned, pages, root, severity);
        var targets = new Dictionary<(string Folder, string Url), Target?>();
        var diagnostics = new List<Diagnostic>();
        var resolved = 0;
        for (var i = 0; i < scanned.Count; i++)
        {
            var page = scanned[i];
            if (cache is not null && cache.TryGetProblems(page, shape, out var known))
            {
                diagnostics.AddRange(known);
                continue;
            }

            resolved++;
            var problems = Resolve(page, pages[i], files, ids, root, severity, targets);
            cache?.SetProblems(page, shape, problems);
            diagnostics.AddRange(problems);
        }

        cache?.Finish(scanned, read, resolved);
        return DiagnosticSink.Sort(diagnostics);
    }

    private static ImmutableArray<Diagnostic> Resolve(
        string page, ScannedPage scan, IReadOnlyDictionary<string, ImmutableArray<byte>> files, Dictionary<string, ImmutableHashSet<string>> ids,
        string root, DiagnosticSeverity severity, Dictionary<(string Folder, string Url), Target?> targets)
    {
        var pageUri = new Uri($"https://{Host}{root}{string.Join('/', page.Split('/').Select(Uri.EscapeDataString))}");
        var folder = page.Contains('/', StringComparison.Ordinal) ? page[..page.LastIndexOf('/')] : "";
        var problems = ImmutableArray.CreateBuilder<Diagnostic>();
        foreach (var link in scan.Links)
        {
            var url = link.Url.Trim();
            // Links that only depend on the page's folder resolve the same for every page in it: resolve each once.
            var target = url.Length == 0 || url[0] is '#' or '?'
                ? Parse(pageUri, url)
                : targets.TryGetValue((folder, url), out var known) ? known : targets[(folder, url)] = Parse(pageUri, url);
            if (Check(page, link, target, files, ids, root, severity) is { } problem)
            {
                problems.Add(problem);
            }
        }

        return problems.ToImmutable();
    }

    private static string Shape(
        IReadOnlyDictionary<string, ImmutableArray<byte>> files, List<string> scanned, ScannedPage[] pages, string root, DiagnosticSeverity severity)
    {
        var shape = new ModelFingerprint().Add(root).Add(severity);
        foreach (var path in files.Keys.Order(StringComparer.Ordinal))
        {
            shape.Add(path);
        }

        for (var i = 0; i < scanned.Count; i++)
        {
            shape.Add(scanned[i]).Add(pages[i].IdsKey);
        }

        return shape.Finish();
    }

    /// <summary>Where a link leads on this site (unescaped absolute path and fragment), or null for an external or non-http link.</summary>
    private static Target? Parse(Uri pageUri, string url)
    {
        if (!Uri.TryCreate(pageUri, url, out var target))
        {
            return new Target(null, "");
        }

        return target.Scheme != Uri.UriSchemeHttps || target.Host != Host
            ? null
            : new Target(Uri.UnescapeDataString(target.AbsolutePath), Uri.UnescapeDataString(target.Fragment.TrimStart('#')));
    }

    private static Diagnostic? Check(
        string page, PageLink link, Target? target, IReadOnlyDictionary<string, ImmutableArray<byte>> files,
        Dictionary<string, ImmutableHashSet<string>> ids, string root, DiagnosticSeverity severity)
    {
        if (target is null)
        {
            return null;
        }

        if (target.AbsolutePath is not { } absolute)
        {
            return PublishingErrors.BrokenLink(page, link.Line, link.Column, link.Url, link.Url, severity);
        }

        if (!absolute.StartsWith(root, StringComparison.Ordinal))
        {
            return PublishingErrors.BrokenLink(page, link.Line, link.Column, link.Url, absolute, severity);
        }

        var path = absolute[root.Length..];
        var file = path.Length == 0 || path.EndsWith('/') ? path + "index.html" : path;
        if (!files.ContainsKey(file))
        {
            // Hosts serve /weeks/x as /weeks/x/index.html (after a redirect).
            if (!files.ContainsKey(file + "/index.html"))
            {
                return PublishingErrors.BrokenLink(page, link.Line, link.Column, link.Url, file, severity);
            }

            file += "/index.html";
        }

        var fragment = target.Fragment;
        var known = ids.GetValueOrDefault(file);
        return fragment.Length == 0 || fragment == "top" || known is null || !IsHtml(file) || known.Contains(fragment)
            ? null
            : PublishingErrors.BrokenFragment(page, link.Line, link.Column, link.Url, file, severity);
    }

    private static ScannedPage Scan(string path, ImmutableArray<byte> bytes)
    {
        var text = Encoding.UTF8.GetString(bytes.AsSpan());
        return IsHtml(path) ? PageScanner.ScanHtml(text) : PageScanner.ScanCss(text);
    }

    private static bool IsHtml(string path) =>
        path.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".htm", StringComparison.OrdinalIgnoreCase);

    /// <param name="AbsolutePath">Unescaped path on this site, or null when the link is not a valid URL.</param>
    private sealed record Target(string? AbsolutePath, string Fragment);
}
