using System.Globalization;
using System.Text.Encodings.Web;

namespace Reports.Preview;

/// <summary>
/// Adds the preview's live-reload script (and, over a last-good page, a banner) to an HTML page as it is served.
/// Only the response changes: the file in the output folder, the published site, never has a script.
/// </summary>
public static class HtmlInjection
{
    /// <param name="build">The build this page belongs to; the script reloads when the server has another.</param>
    /// <param name="banner">Text of a banner shown at the top of the page (HTML-encoded here), or null.</param>
    public static string Inject(string html, long build, string? banner = null)
    {
        ArgumentNullException.ThrowIfNull(html);
        var head = string.Create(
            CultureInfo.InvariantCulture,
            $"<link rel=\"stylesheet\" href=\"{PreviewAssets.StylesheetPath}\"><script src=\"{PreviewAssets.ScriptPath}\" data-build=\"{build}\" defer></script>");
        var result = InsertBefore(html, "</head>", head) ?? head + html;
        if (banner is null)
        {
            return result;
        }

        var bar = "<p class=\"reports-preview-banner\" role=\"status\">" + HtmlEncoder.Default.Encode(banner) + "</p>";
        return InsertAfterBodyTag(result, bar) ?? result + bar;
    }

    private static string? InsertBefore(string html, string tag, string text)
    {
        var at = html.IndexOf(tag, StringComparison.OrdinalIgnoreCase);
        return at < 0 ? null : html[..at] + text + html[at..];
    }

    private static string? InsertAfterBodyTag(string html, string text)
    {
        var at = html.IndexOf("<body", StringComparison.OrdinalIgnoreCase);
        var end = at < 0 ? -1 : html.IndexOf('>', at);
        return end < 0 ? null : html[..(end + 1)] + text + html[(end + 1)..];
    }
}
