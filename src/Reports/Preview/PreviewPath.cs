using Reports.Pipeline;

namespace Reports.Preview;

/// <summary>
/// Maps a request path to a file of the output folder the way static hosts do: <c>/</c> → <c>index.html</c>,
/// <c>/weeks/x/</c> → <c>weeks/x/index.html</c>, <c>/weeks/x</c> → a redirect to <c>/weeks/x/</c> when that is a
/// page. Takes the decoded path (as ASP.NET Core gives it); anything that is not a valid site path (<c>..</c>,
/// backslashes, colons) maps to nothing, so no request can read outside the output folder.
/// </summary>
public static class PreviewPath
{
    /// <summary>The site path a request path names (<c>weeks/x/index.html</c>), or null when it can name no file.</summary>
    public static string? ToSitePath(string requestPath)
    {
        ArgumentNullException.ThrowIfNull(requestPath);
        var path = requestPath.TrimStart('/');
        if (path.Length == 0 || path.EndsWith('/'))
        {
            path += "index.html";
        }

        return SitePath.IsValid(path) ? path : null;
    }

    /// <summary>True when the path names a page by its folder without the trailing slash (<c>/weeks/x</c>).</summary>
    public static bool IsFolderWithoutSlash(string requestPath, Func<string, bool> fileExists)
    {
        ArgumentNullException.ThrowIfNull(fileExists);
        return !requestPath.EndsWith('/') && ToSitePath(requestPath + "/") is { } index && fileExists(index);
    }

    /// <summary>Where <see cref="IsFolderWithoutSlash"/> redirects: always one leading '/', so <c>//about</c> goes to <c>/about/</c>, not to a host named about.</summary>
    public static string WithSlash(string requestPath)
    {
        ArgumentNullException.ThrowIfNull(requestPath);
        return "/" + requestPath.TrimStart('/') + "/";
    }

    public static bool IsHtml(string sitePath) => sitePath.EndsWith(".html", StringComparison.OrdinalIgnoreCase);
}
