using System.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Reports.Rendering.Markdown;

/// <summary>
/// The text a reader sees in a Markdown cell, for a CSV file: the words of <see cref="SafeMarkdown.ToHtml"/>'s output
/// without its markup, whitespace collapsed to single spaces, read from Markdig's syntax tree (a tenth of the cost of
/// parsing the HTML back). An image gives its alt text, which the page shows only when the image cannot load.
/// </summary>
public static class MarkdownText
{
    public static string Of(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        if (MarkdownNesting.Find(markdown) is not null)
        {
            // The page shows such a text as it was written (SafeMarkdown's plain-text fallback).
            return Collapse(markdown);
        }

        MarkdownDocument document;
        try
        {
            document = Markdig.Markdown.Parse(markdown, SafeMarkdown.Pipeline);
        }
        catch (ArgumentException)
        {
            return Collapse(markdown);
        }

        var text = new StringBuilder(markdown.Length);
        foreach (var leaf in document.Descendants<LeafBlock>())
        {
            if (leaf.Inline is { } inline)
            {
                Append(text, inline);
            }
            else if (leaf is CodeBlock)
            {
                text.Append(leaf.Lines.ToString());
            }

            // Every block ends a line on the page.
            text.Append(' ');
        }

        return Collapse(text.ToString());
    }

    private static void Append(StringBuilder text, ContainerInline container)
    {
        for (var inline = container.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    text.Append(literal.Content.AsSpan());
                    break;
                case CodeInline code:
                    text.Append(code.Content);
                    break;
                case AutolinkInline autolink:
                    text.Append(autolink.Url);
                    break;
                case HtmlEntityInline entity:
                    text.Append(entity.Transcoded.AsSpan());
                    break;
                case LineBreakInline:
                    text.Append(' ');
                    break;
                case ContainerInline children:
                    Append(text, children);
                    break;
            }
        }
    }

    private static string Collapse(string text) =>
        string.Join(' ', text.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));
}
