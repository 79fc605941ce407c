using System.Buffers;
using System.Collections.Concurrent;
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
    /// <param name="files">The site: site path → bytes, as <see cref="EngineResult.ToFiles"/> returns it.</param>
    /// <param name="severity">Warning by default; the caller makes it an error under <c>--strict</c>.</param>
    /// <param name="basePath">Where the site is served, e.g. <c>/reports/</c> for a project site; root-relative links must start with it.</param>
    public static ImmutableArray<Diagnostic> Check(
        IReadOnlyDictionary<string, ImmutableArray<byte>> files,
        DiagnosticSeverity severity = DiagnosticSeverity.Warning,
        string basePath = "/")
    {
        ArgumentNullException.ThrowIfNull(files);
        var root = "/" + basePath.Trim('/') + (basePath.Trim('/').Length == 0 ? "" : "/");
        var scanned = files.Keys
            .Where(p => IsHtml(p) || p.EndsWith(".css", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .ToList();
        var pages = OrderedParallel.Map(scanned.Count, CancellationToken.None, i => Scan(scanned[i], files[scanned[i]]));
        var ids = new Dictionary<string, ImmutableHashSet<string>>(StringComparer.Ordinal);
        for (var i = 0; i < scanned.Count; i++)
        {
            ids[scanned[i]] = pages[i].Ids;
        }

        var targets = new ConcurrentDictionary<(string Folder, string Url), LinkTarget?>();
        var found = OrderedParallel.Map(scanned.Count, CancellationToken.None, i => Resolve(scanned[i], pages[i], files, ids, root, severity, targets));
        return DiagnosticSink.Sort(found.SelectMany(f => f));
    }

    private static ImmutableArray<Diagnostic> Resolve(
        string page, ScannedPage scan, IReadOnlyDictionary<string, ImmutableArray<byte>> files, Dictionary<string, ImmutableHashSet<string>> ids,
        string root, DiagnosticSeverity severity, ConcurrentDictionary<(string Folder, string Url), LinkTarget?> targets)
    {
        var slash = page.LastIndexOf('/');
        var folder = root + (slash < 0 ? "" : page[..(slash + 1)]);
        var name = page[(slash + 1)..];
        var problems = ImmutableArray.CreateBuilder<Diagnostic>();
        foreach (var link in scan.Links)
        {
            var url = link.Url.Trim();
            // Other links depend only on the page's folder, and resolve the same for every page in it: resolve each once.
            var target = LinkTarget.TryResolvePlain(folder, name, url)
                ?? (url.Length == 0 || url[0] is '#' or '?'
                    ? LinkTarget.ResolveWithUri(folder, name, url)
                    : targets.GetOrAdd((folder, url), key => LinkTarget.ResolveWithUri(key.Folder, name, key.Url)));
            if (Check(page, link, target, files, ids, root, severity) is { } problem)
            {
                problems.Add(problem);
            }
        }

        return problems.ToImmutable();
    }

    private static Diagnostic? Check(
        string page, PageLink link, LinkTarget? target, IReadOnlyDictionary<string, ImmutableArray<byte>> files,
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
        // Decoded into a pooled buffer: the pages of a large site come to tens of megabytes of text.
        var buffer = ArrayPool<char>.Shared.Rent(Encoding.UTF8.GetMaxCharCount(bytes.Length));
        try
        {
            var text = buffer.AsSpan(0, Encoding.UTF8.GetChars(bytes.AsSpan(), buffer));
            return IsHtml(path) ? PageScanner.ScanHtml(text) : PageScanner.ScanCss(text.ToString());
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    private static bool IsHtml(string path) =>
        path.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".htm", StringComparison.OrdinalIgnoreCase);
}
