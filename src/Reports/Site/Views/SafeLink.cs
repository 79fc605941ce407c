namespace Reports.Site.Views;

/// <summary>
/// Decides whether a link from a data file may become an href: only absolute http, https and mailto addresses.
/// Relative links are refused here because the same row appears on pages at different depths.
/// </summary>
public static class SafeLink
{
    public static string? Accept(string? link)
    {
        if (string.IsNullOrWhiteSpace(link))
        {
            return null;
        }

        var trimmed = link.Trim();

        // Browsers drop control characters and whitespace inside a scheme ("java\tscript:"), so refuse any.
        if (trimmed.Any(c => char.IsControl(c) || char.IsWhiteSpace(c)))
        {
            return null;
        }

        if (!Uri.TryCreate(trimmed, UriKind.Absolute, out var uri))
        {
            return null;
        }

        var allowed = uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeMailto;
        var spelledAsAllowed = trimmed.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
            || trimmed.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || trimmed.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase);
        return allowed && spelledAsAllowed ? trimmed : null;
    }

    /// <summary>The link to show as plain text when it was given but refused.</summary>
    public static string? Rejected(string? link) =>
        !string.IsNullOrWhiteSpace(link) && Accept(link) is null ? link.Trim() : null;
}
