using AngleSharp.Html.Parser;
using Reports.Rendering.Templates;

namespace Reports.Rendering.Csv;

/// <summary>
/// The text a reader sees in a cell that holds safe HTML (a rendered Markdown rationale or evidence note): tags dropped,
/// entities decoded, paragraphs joined by a space, so a CSV cell reads like the page.
/// </summary>
public static class HtmlCellText
{
    private static readonly HtmlParser Parser = new();

    public static string Of(TrustedHtml? html)
    {
        if (html is null || html.Value.Length == 0)
        {
            return "";
        }

        var document = Parser.ParseDocument("<body>" + html.Value + "</body>");
        var blocks = document.Body!.Children.Length == 0
            ? [document.Body.TextContent]
            : document.Body.Children.Select(c => c.TextContent);
        return string.Join(' ', blocks.Select(t => string.Join(' ', t.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries))).Where(t => t.Length > 0));
    }
}
