using Reports.Rendering.Markdown;
using Reports.Rendering.Templates;

namespace Reports.Rendering.Csv;

/// <summary>
/// The text a reader sees in a cell that holds rendered Markdown (a rationale, an evidence note): its words without
/// markup, so a CSV cell reads like the page. Read from the Markdown the HTML was made from (<see cref="MarkdownText"/>).
/// </summary>
public static class HtmlCellText
{
    public static string Of(TrustedHtml? html)
    {
        if (html is null || html.Value.Length == 0)
        {
            return "";
        }

        return MarkdownText.Of(html.Markdown
            ?? throw new ArgumentException("A CSV cell reads HTML rendered from Markdown (ViewModelFactory.Block); this HTML was not.", nameof(html)));
    }
}
