using System.Collections.Immutable;
using System.Text;
using System.Text.RegularExpressions;
using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Reports.Archive;

/// <summary>
/// Turns one rendered page of the site into a self-contained snapshot page that opens from disk (file://) with
/// no network and no other part of the site. Links are rewritten on the parsed document: a file the page uses
/// from its own folder, <c>assets/</c> or <c>charts/</c> is copied beside it and linked relatively; a link to
/// any other part of the site becomes an absolute link to the site's base URL when one is known, otherwise plain
/// text (a link element or an image that would point nowhere is dropped). External links stay as they are.
/// </summary>
public static partial class SnapshotPage
{
    private const string Host = "site.invalid";

    /// <summary>The site's folders of static files a page is made of, besides its own folder.</summary>
    public static readonly IReadOnlyList<string> BundledFolders = ["assets/", "charts/"];

    private static readonly string[] UrlAttributes = ["href", "src", "poster"];

    /// <param name="site">The rendered site: site path → bytes.</param>
    /// <param name="pagePath">The page to freeze, e.g. <c>weeks/2026-02-17/index.html</c>; it becomes <c>index.html</c>.</param>
    /// <param name="baseUrl">The site's normalised public address (no trailing slash), or null.</param>
    /// <param name="copy">The archived-copy banner, and the live-only parts to leave out; null to freeze the page as it is.</param>
    public static FrozenPage Freeze(IReadOnlyDictionary<string, ImmutableArray<byte>> site, string pagePath, string? baseUrl, ArchivedCopy? copy = null)
    {
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(pagePath);
        var rewriter = new Rewriter(site, pagePath, baseUrl);
        var document = new HtmlParser().ParseDocument(Encoding.UTF8.GetString(site[pagePath].AsSpan()));
        copy?.ApplyTo(document);
        foreach (var element in document.All.ToArray())
        {
            rewriter.Rewrite(element);
        }

        rewriter.BundleStylesheetReferences();
        return new FrozenPage(document.ToHtml(), [.. rewriter.Files.OrderBy(f => f.Key, StringComparer.Ordinal)]);
    }

    [GeneratedRegex(@"url\(\s*(?<quote>['""]?)(?<url>[^'"")]+)\k<quote>\s*\)", RegexOptions.IgnoreCase)]
    private static partial Regex CssUrl();

    private sealed class Rewriter(IReadOnlyDictionary<string, ImmutableArray<byte>> site, string pagePath, string? baseUrl)
    {
        private readonly string pageFolder = pagePath[..(pagePath.LastIndexOf('/') + 1)];

        public Dictionary<string, string> Files { get; } = new(StringComparer.Ordinal);

        public void Rewrite(IElement element)
        {
            foreach (var name in UrlAttributes)
            {
                if (element.GetAttribute(name) is not { } value)
                {
                    continue;
                }

                if (Relink(pagePath, value) is { } relinked)
                {
                    element.SetAttribute(name, relinked);
                }
                else
                {
                    Drop(element, name);
                    return;
                }
            }

            if (element.GetAttribute("srcset") is { } srcset)
            {
                var kept = srcset.Split(',')
                    .Select(c => c.Trim().Split(' ', 2))
                    .Select(parts => Relink(pagePath, parts[0]) is { } url ? (parts.Length > 1 ? url + " " + parts[1] : url) : null)
                    .OfType<string>()
                    .ToArray();
                if (kept.Length > 0)
                {
                    element.SetAttribute("srcset", string.Join(", ", kept));
                }
                else
                {
                    element.RemoveAttribute("srcset");
                }
            }
        }

        /// <summary>
        /// Files a bundled stylesheet names by a relative <c>url()</c>. Stylesheets from <see cref="BundledFolders"/> keep
        /// their site path in the snapshot, so copying what they name at its site path keeps every such URL working.
        /// </summary>
        public void BundleStylesheetReferences()
        {
            var stylesheets = Files.Where(f => f.Key == f.Value && f.Key.EndsWith(".css", StringComparison.OrdinalIgnoreCase)).Select(f => f.Key).ToArray();
            foreach (var stylesheet in stylesheets)
            {
                foreach (Match match in CssUrl().Matches(Encoding.UTF8.GetString(site[stylesheet].AsSpan())))
                {
                    var url = match.Groups["url"].Value.Trim();
                    if (!url.StartsWith('/') && !url.StartsWith('#') && TryResolve(stylesheet, url, out var target) && IsFile(target.Path))
                    {
                        Files.TryAdd(target.Path, target.Path);
                    }
                }
            }
        }

        /// <summary>The new value of a URL attribute, or null when it must go.</summary>
        private string? Relink(string from, string url)
        {
            if (!TryResolve(from, url, out var target))
            {
                return url; // not an address of the site: external, mailto, or not a URL at all
            }

            if (target.Path == pagePath)
            {
                return target.Fragment.Length > 0 ? target.Fragment : "index.html";
            }

            if (IsFile(target.Path) && (target.Path.StartsWith(pageFolder, StringComparison.Ordinal) || BundledFolders.Any(f => target.Path.StartsWith(f, StringComparison.Ordinal))))
            {
                var snapshotPath = SnapshotPathOf(target.Path);
                Files[snapshotPath] = target.Path;
                return string.Join('/', snapshotPath.Split('/').Select(Uri.EscapeDataString)) + target.Query + target.Fragment;
            }

            return baseUrl is null ? null : baseUrl + "/" + target.EscapedPath + target.Query + target.Fragment;
        }

        private string SnapshotPathOf(string sitePath) =>
            sitePath.StartsWith(pageFolder, StringComparison.Ordinal) ? sitePath[pageFolder.Length..] : sitePath;

        /// <summary>A file of the site that is not a page: pages are never copied, they are other parts of the site.</summary>
        private bool IsFile(string sitePath) =>
            site.ContainsKey(sitePath) && !sitePath.EndsWith(".html", StringComparison.OrdinalIgnoreCase);

        private static void Drop(IElement element, string attribute)
        {
            switch (element.LocalName)
            {
                case "a":
                    // The words stay, and so does their look (class); only the link goes.
                    var text = element.Owner!.CreateElement("span");
                    if (element.GetAttribute("class") is { } css)
                    {
                        text.SetAttribute("class", css);
                    }

                    text.Append([.. element.ChildNodes]);
                    element.Replace(text);
                    break;
                case "link":
                    element.Remove();
                    break;
                case "img":
                    var alt = element.GetAttribute("alt") ?? "";
                    if (alt.Length > 0)
                    {
                        element.Replace(element.Owner!.CreateTextNode(alt));
                    }
                    else
                    {
                        element.Remove();
                    }

                    break;
                default:
                    element.RemoveAttribute(attribute);
                    break;
            }
        }

        private static bool TryResolve(string from, string url, out Target target)
        {
            target = default;
            var fromUri = new Uri($"https://{Host}/{string.Join('/', from.Split('/').Select(Uri.EscapeDataString))}");
            if (!Uri.TryCreate(fromUri, url.Trim(), out var resolved) || resolved.Scheme != Uri.UriSchemeHttps || resolved.Host != Host || !resolved.IsDefaultPort)
            {
                return false;
            }

            var escaped = resolved.AbsolutePath.TrimStart('/');
            var path = Uri.UnescapeDataString(escaped);
            if (path.Length == 0 || path.EndsWith('/'))
            {
                path += "index.html";
            }

            target = new Target(path, escaped, resolved.Query, resolved.Fragment);
            return true;
        }
    }

    /// <param name="Path">The site file, unescaped (<c>weeks/2026-02-17/index.html</c> for <c>weeks/2026-02-17/</c>).</param>
    /// <param name="EscapedPath">The path as it was written in the URL, for absolute links.</param>
    private readonly record struct Target(string Path, string EscapedPath, string Query, string Fragment);
}
