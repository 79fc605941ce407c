using System.Text.RegularExpressions;

namespace Reports.Publishing;

/// <summary>CSS <c>url(...)</c> references, positioned relative to where the CSS text starts.</summary>
internal static partial class CssScanner
{
    public static IEnumerable<PageLink> Links(string css, int startLine, int startColumn)
    {
        foreach (Match match in CssUrl().Matches(css))
        {
            var url = match.Groups["url"].Value;
            var before = css.AsSpan(0, match.Index);
            var lines = before.Count('\n');
            var column = lines == 0 ? startColumn + match.Index : match.Index - before.LastIndexOf('\n');
            yield return new PageLink(url, startLine + lines, column);
        }
    }

    [GeneratedRegex(@"url\(\s*(?<quote>['""]?)(?<url>[^'"")]+)\k<quote>\s*\)", RegexOptions.IgnoreCase)]
    private static partial Regex CssUrl();
}
