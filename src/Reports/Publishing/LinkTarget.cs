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
            || !pageFolder.StartsWith('/') || !pageFolder.EndsWith('/') || pageFolder.Contains("//", StringComparison.Ordinal) || pageFolder.Length > 1024 || url.Length > 1024
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

        // The page's folder ("/weeks/x/") with the path's segments merged in, "/" after each: ".." drops the last one.
        Span<char> merged = stackalloc char[pageFolder.Length + path.Length + 1];
        pageFolder.CopyTo(merged);
        var length = pageFolder.Length;
        var endsInFolder = false;
        foreach (var range in path.AsSpan().Split('/'))
        {
            var part = path.AsSpan(range);
            endsInFolder = part is ".." or "." or "";
            if (part is "..")
            {
                length = length == 1 ? 1 : merged[..(length - 1)].LastIndexOf('/') + 1;
            }
            else if (!endsInFolder)
            {
                part.CopyTo(merged[length..]);
                length += part.Length;
                merged[length++] = '/';
            }
        }

        return new LinkTarget(new string(endsInFolder || length == 1 ? merged[..length] : merged[..(length - 1)]), fragment);
    }
}
