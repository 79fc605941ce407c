using System.Collections.Immutable;
using AngleSharp.Html;
using AngleSharp.Html.Parser;
using AngleSharp.Html.Parser.Tokens;
using AngleSharp.Text;

using Reports.Publishing;

namespace Reports.Tests.Publishing;

/// <summary>
/// The reference the link checker's scanner is tested against: the tags and attributes AngleSharp's HTML tokenizer
/// reads from a page, with raw-text elements switched as its tree builder would. Which attributes are links or ids
/// is the scanner's own rule (<see cref="PageScanner.Collect"/>): what is compared is the reading of the HTML.
/// </summary>
internal static class AngleSharpPageScanner
{
    public static ScannedPage ScanHtml(string text)
    {
        using var tokenizer = new HtmlTokenizer(new TextSource(text), HtmlEntityProvider.Resolver)
        {
            // Only <style> text (raw text) is read: everything else between tags is skipped unread.
            SkipDataText = true,
            SkipRCDataText = true,
            SkipScriptText = true,
            SkipPlaintext = true,
            SkipComments = true,
            SkipProcessingInstructions = true,
        };
        var links = new List<PageLink>();
        var ids = ImmutableHashSet.CreateBuilder<string>(StringComparer.Ordinal);
        var style = (Line: 0, Column: 0, Text: (System.Text.StringBuilder?)null);
        for (var token = tokenizer.Get(); token.Type != HtmlTokenType.EndOfFile; token = tokenizer.Get())
        {
            if (style.Text is not null)
            {
                if (token.Type == HtmlTokenType.Character)
                {
                    style.Text.Append(token.Data);
                    continue;
                }

                links.AddRange(CssScanner.Links(style.Text.ToString(), style.Line, style.Column));
                style.Text = null;
            }

            if (token.Type != HtmlTokenType.StartTag || token is not HtmlTagToken tag)
            {
                continue;
            }

            var (line, column) = (tag.Position.Line, tag.Position.Column);
            Collect(tag, line, column, links, ids);
            if (tag.IsSelfClosing)
            {
                // <title/> or <style/> in inline SVG has no body to read as raw text.
                continue;
            }

            switch (tag.Name)
            {
                case "style":
                    style = (line, column, new System.Text.StringBuilder());
                    tokenizer.State = HtmlParseMode.Rawtext;
                    break;
                case "xmp" or "iframe" or "noembed" or "noframes":
                    tokenizer.State = HtmlParseMode.Rawtext;
                    break;
                case "script":
                    tokenizer.State = HtmlParseMode.Script;
                    break;
                case "title" or "textarea":
                    tokenizer.State = HtmlParseMode.RCData;
                    break;
                case "plaintext":
                    tokenizer.State = HtmlParseMode.Plaintext;
                    break;
            }
        }

        if (style.Text is not null)
        {
            links.AddRange(CssScanner.Links(style.Text.ToString(), style.Line, style.Column));
        }

        return new ScannedPage(ids.ToImmutable(), [.. links]);
    }

    public static ScannedPage ScanCss(string text) => new([], [.. CssScanner.Links(text, 1, 1)]);

    private static void Collect(HtmlTagToken tag, int line, int column, List<PageLink> links, ImmutableHashSet<string>.Builder ids)
    {
        var attributes = tag.Attributes;
        for (var i = 0; i < attributes.Count; i++)
        {
            var (name, value) = (attributes[i].Name, attributes[i].Value);
            if (IsRepeated(attributes, i))
            {
                continue;
            }

            PageScanner.Collect(tag.Name, name, value, line, column, links, ids);
        }
    }

    /// <summary>The DOM keeps the first of repeated attributes; so does this. Tags have a handful, so a scan is cheapest.</summary>
    private static bool IsRepeated(IReadOnlyList<HtmlAttributeToken> attributes, int index)
    {
        for (var j = 0; j < index; j++)
        {
            if (attributes[j].Name == attributes[index].Name)
            {
                return true;
            }
        }

        return false;
    }
}
