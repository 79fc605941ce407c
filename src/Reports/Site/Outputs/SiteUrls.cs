namespace Reports.Site.Outputs;

/// <summary>
/// Addresses of output files. Pages are linked relative to each other (the site works from any folder and
/// from disk); only the feed, the sitemap, robots.txt and canonical links need absolute addresses, and only
/// when a base URL is configured.
/// </summary>
/// <param name="BaseUrl">Absolute http(s) address of the site's root without a trailing slash; null when unknown.</param>
public sealed record SiteUrls(string? BaseUrl)
{
    /// <summary>Absolute address of a root-relative path (<c>weeks/2026-02-17/</c>), or null without a base URL.</summary>
    public string? Absolute(string path) => BaseUrl is null ? null : BaseUrl + "/" + path;

    /// <summary>Absolute address when known, else the root-relative path with a leading slash.</summary>
    public string AbsoluteOrRooted(string path) => Absolute(path) ?? "/" + path;

    /// <summary>The prefix that leads from a page's folder back to the site root: <c>./</c>, <c>../</c>, <c>../../</c>.</summary>
    public static string RootFrom(string pageUrl)
    {
        var depth = pageUrl.Count(c => c == '/');
        return depth == 0 ? "./" : string.Concat(Enumerable.Repeat("../", depth));
    }

    /// <summary>Normalises a configured base URL: absolute http or https, no query or fragment, no trailing slash.</summary>
    public static bool TryNormalize(string? value, out string? normalized)
    {
        normalized = null;
        if (string.IsNullOrWhiteSpace(value))
        {
            return true;
        }

        if (!Uri.TryCreate(value.Trim(), UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
            || !string.IsNullOrEmpty(uri.Query)
            || !string.IsNullOrEmpty(uri.Fragment))
        {
            return false;
        }

        normalized = uri.GetLeftPart(UriPartial.Path).TrimEnd('/');
        return true;
    }
}
