using System.Buffers;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Text;
using Reports.Diagnostics;
using Reports.Pipeline;
using Reports.Preview;

namespace Reports.Publishing;

/// <summary>
/// The link check of a site whose files come one by one (<see cref="Add"/>, thread-safe), as a streaming build
/// writes them. The addresses of all files are known from the start, so each link is resolved as its page arrives;
/// what is kept is each page's ids and the links into the fragment of a page not yet here, checked once it is
/// (<see cref="Check"/>), never the pages. The rules are <see cref="LinkChecker"/>'s.
/// </summary>
public sealed class SiteLinks
{
    private readonly HashSet<string> _files;
    private readonly string _root;
    private readonly DiagnosticSeverity _severity;
    private readonly ConcurrentDictionary<string, ImmutableHashSet<string>> _ids = new(StringComparer.Ordinal);
    private readonly ConcurrentBag<Diagnostic> _problems = [];
    private readonly ConcurrentBag<PendingFragment> _pending = [];
    private readonly ConcurrentDictionary<(string Folder, string Url), LinkTarget?> _targets = new();
    private readonly LinkScans? _scans;

    /// <param name="paths">Every file the site publishes (site paths), known before their content is.</param>
    /// <param name="severity">Warning by default; the caller makes it an error under <c>--strict</c>.</param>
    /// <param name="basePath">Where the site is served, e.g. <c>/reports/</c> for a project site; root-relative links must start with it.</param>
    /// <param name="scans">The scans earlier builds of this process made, reused for pages whose bytes are unchanged.</param>
    public SiteLinks(IEnumerable<string> paths, DiagnosticSeverity severity = DiagnosticSeverity.Warning, string basePath = "/", LinkScans? scans = null)
    {
        _scans = scans;
        ArgumentNullException.ThrowIfNull(paths);
        _files = new HashSet<string>(paths, StringComparer.Ordinal);
        _severity = severity;
        _root = "/" + basePath.Trim('/') + (basePath.Trim('/').Length == 0 ? "" : "/");
    }

    /// <summary>Checks the links of <paramref name="bytes"/> when <paramref name="path"/> is a page or a stylesheet, and keeps its ids.</summary>
    public void Add(string path, ReadOnlySpan<byte> bytes)
    {
        if (!Reads(path))
        {
            return;
        }

        var html = IsHtml(path);
        var scan = _scans is null ? Scan(html, bytes) : _scans.GetOrScan(html, bytes, page => Scan(html, page));
        if (html)
        {
            _ids[path] = scan.Ids;
        }

        var slash = path.LastIndexOf('/');
        var folder = _root + (slash < 0 ? "" : path[..(slash + 1)]);
        var name = path[(slash + 1)..];
        foreach (var link in scan.Links)
        {
            var url = link.Url.Trim();
            // Other links depend only on the page's folder, and resolve the same for every page in it: resolve each once.
            var target = LinkTarget.TryResolvePlain(folder, name, url)
                ?? (url.Length == 0 || url[0] is '#' or '?'
                    ? LinkTarget.ResolveWithUri(folder, name, url)
                    : _targets.GetOrAdd((folder, url), key => LinkTarget.ResolveWithUri(key.Folder, name, key.Url)));
            if (CheckFile(path, link, target) is { } file && target!.Fragment is { Length: > 0 } fragment && fragment != "top" && IsHtml(file))
            {
                var pending = new PendingFragment(path, link, file, fragment);
                // Pages come in address order, so most links point into a page already here: checked now, not kept.
                var known = file == path ? scan.Ids : _ids.GetValueOrDefault(file);
                if (known is not null)
                {
                    CheckFragment(pending, known);
                }
                else
                {
                    _pending.Add(pending);
                }
            }
        }
    }

    /// <summary>Whether <see cref="Add"/> reads the file at <paramref name="path"/>: pages and stylesheets; other files need not be given.</summary>
    public static bool Reads(string path) => IsHtml(path) || path.EndsWith(".css", StringComparison.OrdinalIgnoreCase);

    /// <summary>Every broken link and fragment, sorted; call it once every file has been added.</summary>
    public ImmutableArray<Diagnostic> Check()
    {
        foreach (var pending in _pending)
        {
            CheckFragment(pending, _ids.GetValueOrDefault(pending.File));
        }

        return DiagnosticSink.Sort(_problems);
    }

    /// <summary>The file a link names (<c>weeks/x/</c> → <c>weeks/x/index.html</c>); null, with its problem kept, when there is none; null for links not checked.</summary>
    private string? CheckFile(string page, PageLink link, LinkTarget? target)
    {
        if (target is null)
        {
            return null;
        }

        if (target.AbsolutePath is not { } absolute)
        {
            _problems.Add(PublishingErrors.BrokenLink(page, link.Line, link.Column, link.Url, link.Url, _severity));
            return null;
        }

        if (!absolute.StartsWith(_root, StringComparison.Ordinal))
        {
            _problems.Add(PublishingErrors.BrokenLink(page, link.Line, link.Column, link.Url, absolute, _severity));
            return null;
        }

        var path = absolute[_root.Length..];
        var file = path.Length == 0 || path.EndsWith('/') ? path + "index.html" : path;
        if (_files.Contains(file))
        {
            return file;
        }

        // Hosts serve /weeks/x as /weeks/x/index.html (after a redirect).
        if (_files.Contains(file + "/index.html"))
        {
            return file + "/index.html";
        }

        _problems.Add(PublishingErrors.BrokenLink(page, link.Line, link.Column, link.Url, file, _severity));
        return null;
    }

    private void CheckFragment(PendingFragment pending, ImmutableHashSet<string>? known)
    {
        if (known is not null && !known.Contains(pending.Fragment))
        {
            _problems.Add(PublishingErrors.BrokenFragment(pending.Page, pending.Link.Line, pending.Link.Column, pending.Link.Url, pending.File, _severity));
        }
    }

    /// <summary>A link into another page's fragment, checked once that page's ids are known.</summary>
    private sealed record PendingFragment(string Page, PageLink Link, string File, string Fragment);

    private static ScannedPage Scan(bool html, ReadOnlySpan<byte> bytes)
    {
        // Decoded into a pooled buffer: the pages of a large site come to tens of megabytes of text.
        var buffer = ArrayPool<char>.Shared.Rent(Encoding.UTF8.GetMaxCharCount(bytes.Length));
        try
        {
            var text = buffer.AsSpan(0, Encoding.UTF8.GetChars(bytes, buffer));
            return html ? PageScanner.ScanHtml(text) : PageScanner.ScanCss(text.ToString());
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    internal static bool IsHtml(string path) =>
        path.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".htm", StringComparison.OrdinalIgnoreCase);
}
