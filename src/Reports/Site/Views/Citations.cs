using System.Text;
using Reports.Scoring;
using Reports.Site.Models;
using Reports.Site.Outputs;

namespace Reports.Site.Views;

/// <summary>
/// The ready-made citation of a weekly report for release notes. Its address never changes
/// (<c>/weeks/YYYY-MM-DD/</c>); it is absolute when the site's base URL is known, else root-relative.
/// </summary>
public static class Citations
{
    public const string ReportJsonName = "report.json";

    public const string BadgeName = "badge.svg";

    public static CitationView For(WeekResult week, string siteName, SiteUrls urls)
    {
        ArgumentNullException.ThrowIfNull(week);
        ArgumentNullException.ThrowIfNull(urls);
        var page = ViewModelFactory.WeekHref(week.WeekOf);
        var url = urls.AbsoluteOrRooted(page);
        var text = siteName + " " + Format.Date(week.WeekOf) + ": " + Format.Points(week.Total) + "/100, Phase "
            + Format.Integer(week.Phase) + ", " + Capitalized(Chips.DecisionCode(week.Decision));
        var alt = siteName + " " + Format.Date(week.WeekOf) + ": " + Format.Points(week.Total) + "/100";
        return new CitationView(
            url,
            urls.BaseUrl is not null,
            "[" + EscapeText(text) + "](" + EscapeUrl(url) + ")",
            "[![" + EscapeText(alt) + "](" + EscapeUrl(urls.AbsoluteOrRooted(page + BadgeName)) + ")](" + EscapeUrl(url) + ")",
            page + ReportJsonName,
            page + BadgeName,
            alt);
    }

    private static string Capitalized(string word) => word.Length == 0 ? word : char.ToUpperInvariant(word[0]) + word[1..];

    /// <summary>Characters that would end the link text or format it are escaped (the site's title is free text).</summary>
    private static string EscapeText(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '\\' or '[' or ']' or '*' or '_' or '`' or '<' or '>' or '!')
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        return escaped.ToString();
    }

    /// <summary>Parentheses and spaces would end a Markdown link's destination early.</summary>
    private static string EscapeUrl(string url) =>
        url.Replace(" ", "%20", StringComparison.Ordinal).Replace("(", "%28", StringComparison.Ordinal).Replace(")", "%29", StringComparison.Ordinal);
}
