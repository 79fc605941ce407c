namespace Reports.Rendering.Markdown;

/// <summary>
/// Which link and image URLs untrusted Markdown may keep: <c>http</c>, <c>https</c>, <c>mailto</c> and relative
/// ones. The scheme is read the way a browser reads it (after dropping leading/trailing controls and spaces
/// and every tab and newline), so <c>JaVaScRiPt:</c>, <c>java&amp;#x09;script:</c> and <c> \u0001javascript:</c> are caught.
/// </summary>
public static class UrlPolicy
{
    private static readonly string[] AllowedSchemes = ["http", "https", "mailto"];

    public static bool IsAllowed(string? url)
    {
        if (string.IsNullOrEmpty(url))
        {
            return true;
        }

        var normalized = Normalize(url);
        foreach (var (c, i) in normalized.Select((c, i) => (c, i)))
        {
            switch (c)
            {
                case '/' or '?' or '#':
                    return true;
                case ':':
                    var scheme = normalized[..i];
                    return AllowedSchemes.Any(s => string.Equals(s, scheme, StringComparison.OrdinalIgnoreCase));
            }
        }

        return true;
    }

    /// <summary>
    /// Whether <paramref name="url"/> points away from the site: it has a scheme, or starts with two slashes
    /// (either kind: browsers read <c>\\host</c> as <c>//host</c>).
    /// </summary>
    public static bool IsOtherHost(string? url)
    {
        if (string.IsNullOrEmpty(url))
        {
            return false;
        }

        var normalized = Normalize(url);
        if (normalized.Length >= 2 && normalized[0] is '/' or '\\' && normalized[1] is '/' or '\\')
        {
            return true;
        }

        var end = normalized.IndexOfAny(['/', '?', '#', ':']);
        return end > 0 && normalized[end] == ':';
    }

    private static string Normalize(string url) => new([.. url.Trim(BrowserTrimmed).Where(c => c is not ('\t' or '\n' or '\r'))]);

    /// <summary>C0 controls and space: what the URL parser strips from both ends.</summary>
    private static readonly char[] BrowserTrimmed = [.. Enumerable.Range(0, 0x21).Select(i => (char)i)];
}
