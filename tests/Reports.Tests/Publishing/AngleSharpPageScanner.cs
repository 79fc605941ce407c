using System.Collections.Immutable;
using AngleSharp.Html;
using AngleSharp.Html.Parser;
using AngleSharp.Html.Parser.Tokens;
using AngleSharp.Text;

using Reports.Publishing;

namespace Reports.Tests.Publishing;

/// <summary>
/// The reference the link checker's scanner is tested against: what AngleSharp's HTML tokenizer reads from a
/// page (URL attributes, CSS <c>url()</c>, ids), with raw-text elements switched as its tree builder would.
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

            switch (name)
            {
                case "href" or "src" or "poster":
                    AddUrl(value, line, column, links);
                    break;
                case "srcset":
                    foreach (var candidate in value.Split(','))
                    {
                        AddUrl(candidate.Trim().Split(' ', 2)[0], line, column, links);
                    }

                    break;
                case "style":
                    links.AddRange(CssScanner.Links(value, line, column).Select(l => l with { Line = line, Column = column }));
                    break;
                case "id":
                    ids.Add(value);
                    break;
                case "name" when tag.Name == "a":
                    ids.Add(value);
                    break;
            }
        }
    }

    private static void AddUrl(string url, int line, int column, List<PageLink> links)
    {
        if (url.Trim().Length > 0)
        {
            links.Add(new PageLink(url, line, column));
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
