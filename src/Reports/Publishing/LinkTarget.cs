using System.Buffers;

namespace Reports.Publishing;

/// <summary>
/// Where a link leads on the site: its unescaped absolute path (null when the link is not a valid URL) and
/// fragment, or null for an external or non-http link. Links are resolved as a browser resolves them against
/// the page (RFC 3986, through <see cref="Uri"/>); the plain relative links a site is made of (<c>../trends/</c>,
/// <c>#total</c>) are resolved directly, with the same result, because a large site has tens of thousands.
/// </summary>
internal sealed record LinkTarget(string? AbsolutePath, string Fragment)
{
    private const string Host = "site.invalid";

    // Characters a plain link may hold: no scheme (':'), query, escapes or backslashes, nothing Uri would rewrite.
    private static readonly SearchValues<char> Plain = SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_./#");

    /// <summary>The general case: what <see cref="Uri"/> makes of the link against the page's address.</summary>
    /// <param name="pageFolder">The folder of the page the link is on, with the site's root: <c>/weeks/2026-02-18/</c>.</param>
    internal static LinkTarget? ResolveWithUri(string pageFolder, string pageName, string url)
    {
        var page = new Uri($"https://{Host}{string.Join('/', (pageFolder + pageName).Split('/').Select(Uri.EscapeDataString))}");
        if (!Uri.TryCreate(page, url, out var target))
        {
            return new LinkTarget(null, "");
        }

        return target.Scheme != Uri.UriSchemeHttps || target.Host != Host
            ? null
            : new LinkTarget(Uri.UnescapeDataString(target.AbsolutePath), Uri.UnescapeDataString(target.Fragment.TrimStart('#')));
    }

    /// <summary>A relative path and/or fragment of plain characters, resolved by merging paths and removing dot segments.</summary>
    internal static LinkTarget? TryResolvePlain(string pageFolder, string pageName, string url)
    {
        if (url.Length == 0 || url[0] == '/' || url.AsSpan().ContainsAnyExcept(Plain) || url.Contains("//", StringComparison.Ordinal)
            || pageFolder.AsSpan().ContainsAnyExcept(Plain) || pageName.AsSpan().ContainsAnyExcept(Plain))
        {
            return null;
        }

        var hash = url.IndexOf('#', StringComparison.Ordinal);
        var path = hash < 0 ? url : url[..hash];
        var fragment = hash < 0 ? "" : url[(hash + 1)..];
        if (fragment.Contains('#', StringComparison.Ordinal))
        {
            return null;
        }

        if (path.Length == 0)
        {
            return new LinkTarget(pageFolder + pageName, fragment);
        }

        var segments = pageFolder.Split('/', StringSplitOptions.RemoveEmptyEntries).ToList();
        var parts = path.Split('/');
        var endsInFolder = false;
        for (var i = 0; i < parts.Length; i++)
        {
            var last = i == parts.Length - 1;
            switch (parts[i])
            {
                case "..":
                    if (segments.Count > 0)
                    {
                        segments.RemoveAt(segments.Count - 1);
                    }

                    endsInFolder = last;
                    break;
                case ".":
                    endsInFolder = last;
                    break;
                case "":
                    endsInFolder = last;
                    break;
                default:
                    segments.Add(parts[i]);
                    break;
            }
        }

        var absolute = "/" + string.Join('/', segments);
        return new LinkTarget(endsInFolder && segments.Count > 0 ? absolute + "/" : absolute, fragment);
    }
}
