using System.Collections.Immutable;
using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Html;
using AngleSharp.Html.Parser;
using AngleSharp.Html.Parser.Tokens;
using AngleSharp.Text;
using Reports.Diagnostics;
using Reports.Pipeline;

namespace Reports.Publishing;

/// <summary>
/// Checks, before anything is published, that every internal link of the site resolves: each
/// <c>href</c>, <c>src</c>, <c>srcset</c> and <c>poster</c> of every .html file and each CSS <c>url()</c>
/// must name a produced file (<c>/weeks/2026-02-18/</c> → <c>weeks/2026-02-18/index.html</c>), and a
/// <c>#fragment</c> into a page must name an id there. External and non-http links are not checked.
/// </summary>
public static partial class LinkChecker
{
    private const string Host = "site.invalid";
    private static readonly string[] UrlAttributes = ["href", "src", "srcset", "poster"];

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
        var ids = pages.ToDictionary(p => p.Path, p => p.Ids, StringComparer.Ordinal);

        var diagnostics = new List<Diagnostic>();
        foreach (var page in pages)
        {
            foreach (var link in page.Links)
            {
                var problem = Resolve(page.Path, link, files, ids, root, severity);
                if (problem is not null)
                {
                    diagnostics.Add(problem);
                }
            }
        }

        return DiagnosticSink.Sort(diagnostics);
    }

    private static Diagnostic? Resolve(
        string page, Link link, IReadOnlyDictionary<string, ImmutableArray<byte>> files,
        Dictionary<string, ImmutableHashSet<string>> ids, string root, DiagnosticSeverity severity)
    {
        var pageUri = new Uri($"https://{Host}{root}{string.Join('/', page.Split('/').Select(Uri.EscapeDataString))}");
        if (!Uri.TryCreate(pageUri, link.Url.Trim(), out var target))
        {
            return PublishingErrors.BrokenLink(page, link.Line, link.Column, link.Url, link.Url, severity);
        }

        if (target.Scheme != Uri.UriSchemeHttps || target.Host != Host)
        {
            return null;
        }

        var absolute = Uri.UnescapeDataString(target.AbsolutePath);
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

        var fragment = Uri.UnescapeDataString(target.Fragment.TrimStart('#'));
        var known = ids.GetValueOrDefault(file);
        return fragment.Length == 0 || fragment == "top" || known is null || !IsHtml(file) || known.Contains(fragment)
            ? null
            : PublishingErrors.BrokenFragment(page, link.Line, link.Column, link.Url, file, severity);
    }

    private static Page Scan(string path, ImmutableArray<byte> bytes)
    {
        var text = Encoding.UTF8.GetString(bytes.AsSpan());
        if (!IsHtml(path))
        {
            return new Page(path, [], [.. CssLinks(text, 1, 1)]);
        }

        // Links and ids all live in start tags, so the tokenizer alone is enough: building a DOM for every page
        // cost twice as much and dominated large builds. Raw-text elements switch the tokenizer to their state,
        // as the tree builder would, so a <style> or <script> body is never read as markup.
        var tokenizer = new HtmlTokenizer(new TextSource(text), HtmlEntityProvider.Resolver);
        var links = new List<Link>();
        var ids = ImmutableHashSet.CreateBuilder<string>(StringComparer.Ordinal);
        StringBuilder? style = null;
        var (styleLine, styleColumn) = (0, 0);
        for (var token = tokenizer.Get(); token.Type != HtmlTokenType.EndOfFile; token = tokenizer.Get())
        {
            switch (token)
            {
                case HtmlTagToken { Type: HtmlTokenType.StartTag } tag:
                    var (line, column) = (tag.Position.Line, tag.Position.Column);
                    ScanAttributes(tag, line, column, links, ids);
                    if (tag.Name == "style")
                    {
                        (style, styleLine, styleColumn) = (new StringBuilder(), line, column);
                    }

                    tokenizer.State = tag.IsSelfClosing ? tokenizer.State : tag.Name switch
                    {
                        "style" or "xmp" or "iframe" or "noembed" or "noframes" => HtmlParseMode.Rawtext,
                        "script" => HtmlParseMode.Script,
                        "title" or "textarea" => HtmlParseMode.RCData,
                        "plaintext" => HtmlParseMode.Plaintext,
                        _ => tokenizer.State,
                    };
                    break;
                case { Type: HtmlTokenType.Character } when style is not null:
                    style.Append(token.Data);
                    break;
                case HtmlTagToken { Type: HtmlTokenType.EndTag, Name: "style" } when style is not null:
                    links.AddRange(CssLinks(style.ToString(), styleLine, styleColumn));
                    style = null;
                    break;
            }
        }

        return new Page(path, ids.ToImmutable(), [.. links]);
    }

    private static void ScanAttributes(HtmlTagToken tag, int line, int column, List<Link> links, ImmutableHashSet<string>.Builder ids)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var attribute in tag.Attributes)
        {
            // As in the DOM, the first of two attributes with the same name wins.
            if (!seen.Add(attribute.Name))
            {
                continue;
            }

            var (name, value) = (attribute.Name, attribute.Value);
            if (name == "id" || (name == "name" && tag.Name == "a"))
            {
                ids.Add(value);
            }
            else if (name == "style")
            {
                links.AddRange(CssLinks(value, line, column).Select(l => l with { Line = line, Column = column }));
            }
            else if (UrlAttributes.Contains(name))
            {
                var urls = name == "srcset" ? value.Split(',').Select(c => c.Trim().Split(' ', 2)[0]) : [value];
                links.AddRange(urls.Where(u => u.Trim().Length > 0).Select(u => new Link(u, line, column)));
            }
        }
    }

    /// <summary><c>url(...)</c> references, positioned relative to where the CSS text starts.</summary>
    private static IEnumerable<Link> CssLinks(string css, int startLine, int startColumn)
    {
        foreach (Match match in CssUrl().Matches(css))
        {
            var url = match.Groups["url"].Value;
            var before = css[..match.Index];
            var lines = before.Count(c => c == '\n');
            var column = lines == 0 ? startColumn + match.Index : match.Index - before.LastIndexOf('\n');
            yield return new Link(url, startLine + lines, column);
        }
    }

    private static bool IsHtml(string path) =>
        path.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".htm", StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"url\(\s*(?<quote>['""]?)(?<url>[^'"")]+)\k<quote>\s*\)", RegexOptions.IgnoreCase)]
    private static partial Regex CssUrl();

    private sealed record Link(string Url, int Line, int Column);

    private sealed record Page(string Path, ImmutableHashSet<string> Ids, ImmutableArray<Link> Links);
}
