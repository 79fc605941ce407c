using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Reports.Diagnostics;

namespace Reports.Preview;

/// <summary>
/// The page the preview serves at every HTML address while the sources do not build: every diagnostic, in the
/// compiler's order, with where, code, message and hint, all HTML-encoded (a CSV cell can hold any text), and a
/// link to the last good version of the page that was asked for. It reloads by itself once the sources build.
/// </summary>
public static class DiagnosticsPage
{
    /// <summary>The query that asks for the last good version of a page instead of the diagnostics.</summary>
    public const string LastGoodQuery = "last-good";

    private static readonly HtmlEncoder Encoder = HtmlEncoder.Default;

    /// <param name="requestPath">The address that was asked for, e.g. <c>/weeks/2026-02-18/</c>.</param>
    /// <param name="hasLastGood">Whether a last good site exists to link to.</param>
    public static string Render(IReadOnlyList<Diagnostic> diagnostics, string requestPath, bool hasLastGood, long build)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        var errors = diagnostics.Count(d => d.IsError);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>Build failed · Reports preview</title>\n</head>\n<body>\n")
            .Append("<main class=\"reports-diagnostics\">\n<h1>The site does not build</h1>\n<p>")
            .Append(Count(errors, "error")).Append(" and ").Append(Count(diagnostics.Count - errors, "warning"))
            .Append(". Fix the files below and save: this page reloads by itself.");
        if (hasLastGood)
        {
            html.Append(" Until then <a href=\"").Append(Encoder.Encode(LastGoodHref(requestPath)))
                .Append("\">the last good version of this page</a> is still served.");
        }

        html.Append("</p>\n<ol>\n");
        foreach (var diagnostic in diagnostics)
        {
            var kind = diagnostic.IsError ? "error" : "warning";
            html.Append("<li class=\"").Append(kind).Append("\"><div class=\"where\">").Append(Encoder.Encode(Where(diagnostic)))
                .Append("</div><div><span class=\"code\">").Append(kind).Append(' ').Append(Encoder.Encode(diagnostic.Code)).Append("</span>: ")
                .Append(Encoder.Encode(diagnostic.Message)).Append("</div>");
            if (!string.IsNullOrEmpty(diagnostic.Hint))
            {
                html.Append("<div class=\"hint\">Hint: ").Append(Encoder.Encode(diagnostic.Hint)).Append("</div>");
            }

            html.Append("</li>\n");
        }

        html.Append("</ol>\n<p>Every code is explained in docs/error-codes.md.</p>\n</main>\n</body>\n</html>\n");
        return HtmlInjection.Inject(html.ToString(), build);
    }

    /// <summary>The same address, asking for the last good page: <c>/weeks/x/?last-good</c>.</summary>
    public static string LastGoodHref(string requestPath) => (string.IsNullOrEmpty(requestPath) ? "/" : requestPath) + "?" + LastGoodQuery;

    private static string Where(Diagnostic diagnostic) =>
        diagnostic.Line > 0
            ? string.Create(CultureInfo.InvariantCulture, $"{diagnostic.Path}({diagnostic.Line},{Math.Max(diagnostic.Column, 1)})")
            : diagnostic.Path;

    private static string Count(int count, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {noun}{(count == 1 ? "" : "s")}");
}
