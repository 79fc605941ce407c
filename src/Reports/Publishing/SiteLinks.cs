using System.Buffers;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Text;
using Reports.Diagnostics;
using Reports.Pipeline;

namespace Reports.Publishing;

/// <summary>
/// What the link check needs of a site, gathered while its files are written: the address of every file, and each
/// page's ids and links (<see cref="Add"/>, thread-safe), never the pages themselves; <see cref="Check"/> then
/// resolves every link as <see cref="LinkChecker"/> describes.
/// </summary>
public sealed class SiteLinks
{
    private readonly HashSet<string> _files;
    private readonly ConcurrentDictionary<string, ScannedPage> _scanned = new(StringComparer.Ordinal);

    /// <param name="paths">Every file the site publishes (site paths), known before their content is.</param>
    public SiteLinks(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        _files = new HashSet<string>(paths, StringComparer.Ordinal);
    }

    /// <summary>Keeps the ids and links of <paramref name="bytes"/> when <paramref name="path"/> is a page or a stylesheet.</summary>
    public void Add(string path, ReadOnlySpan<byte> bytes)
    {
        if (IsHtml(path) || path.EndsWith(".css", StringComparison.OrdinalIgnoreCase))
        {
            _scanned[path] = Scan(path, bytes);
        }
    }

    /// <param name="severity">Warning by default; the caller makes it an error under <c>--strict</c>.</param>
    /// <param name="basePath">Where the site is served, e.g. <c>/reports/</c> for a project site; root-relative links must start with it.</param>
    public ImmutableArray<Diagnostic> Check(DiagnosticSeverity severity = DiagnosticSeverity.Warning, string basePath = "/")
    {
        var root = "/" + basePath.Trim('/') + (basePath.Trim('/').Length == 0 ? "" : "/");
        var pages = _scanned.Keys.Order(StringComparer.Ordinal).ToArray();
        var targets = new ConcurrentDictionary<(string Folder, string Url), LinkTarget?>();
        var found = OrderedParallel.Map(pages.Length, CancellationToken.None, i => Resolve(pages[i], _scanned[pages[i]], root, severity, targets));
        return DiagnosticSink.Sort(found.SelectMany(f => f));
    }

    private ImmutableArray<Diagnostic> Resolve(
        string page, ScannedPage scan, string root, DiagnosticSeverity severity, ConcurrentDictionary<(string Folder, string Url), LinkTarget?> targets)
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
            if (CheckLink(page, link, target, root, severity) is { } problem)
            {
                problems.Add(problem);
            }
        }

        return problems.ToImmutable();
    }

    private Diagnostic? CheckLink(string page, PageLink link, LinkTarget? target, string root, DiagnosticSeverity severity)
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
        if (!_files.Contains(file))
        {
            // Hosts serve /weeks/x as /weeks/x/index.html (after a redirect).
            if (!_files.Contains(file + "/index.html"))
            {
                return PublishingErrors.BrokenLink(page, link.Line, link.Column, link.Url, file, severity);
            }

            file += "/index.html";
        }

        var fragment = target.Fragment;
        var known = _scanned.GetValueOrDefault(file)?.Ids;
        return fragment.Length == 0 || fragment == "top" || known is null || !IsHtml(file) || known.Contains(fragment)
            ? null
            : PublishingErrors.BrokenFragment(page, link.Line, link.Column, link.Url, file, severity);
    }

    private static ScannedPage Scan(string path, ReadOnlySpan<byte> bytes)
    {
        // Decoded into a pooled buffer: the pages of a large site come to tens of megabytes of text.
        var buffer = ArrayPool<char>.Shared.Rent(Encoding.UTF8.GetMaxCharCount(bytes.Length));
        try
        {
            var text = buffer.AsSpan(0, Encoding.UTF8.GetChars(bytes, buffer));
            return IsHtml(path) ? PageScanner.ScanHtml(text) : PageScanner.ScanCss(text.ToString());
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    internal static bool IsHtml(string path) =>
        path.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".htm", StringComparison.OrdinalIgnoreCase);
}
