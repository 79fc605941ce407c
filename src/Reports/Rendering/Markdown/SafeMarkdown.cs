using System.Globalization;
using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Reports.Rendering.Markdown;

/// <summary>
/// Markdown from CSV cells and <c>input/</c> files, rendered for the site. Raw HTML is shown as text, and
/// links or images whose URL <see cref="UrlPolicy"/> refuses are reduced to their text before rendering, by
/// editing the parsed document, never by rewriting HTML. One frozen, thread-safe Markdig pipeline:
/// pipe tables, emphasis extras (~~strike~~ …), GitHub-style heading ids and bare-URL autolinks.
/// </summary>
public static class SafeMarkdown
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseEmphasisExtras()
        .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
        .UseAutoLinks()
        .DisableHtml()
        .Build();

    /// <summary>Block HTML (<c>&lt;p&gt;</c>, lists, tables …).</summary>
    public static string ToHtml(string markdown) => Render(markdown, implicitParagraph: false);

    /// <summary>For a table cell or a sentence: a single paragraph comes out without its <c>&lt;p&gt;</c>.</summary>
    public static string ToInlineHtml(string markdown) => Render(markdown, implicitParagraph: true);

    private static string Render(string markdown, bool implicitParagraph)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var document = Markdig.Markdown.Parse(markdown, Pipeline);
        RemoveUnsafeLinks(document);

        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        var renderer = new HtmlRenderer(writer) { ImplicitParagraph = implicitParagraph };
        Pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        return writer.ToString().TrimEnd('\n');
    }

    private static void RemoveUnsafeLinks(MarkdownDocument document)
    {
        foreach (var link in document.Descendants<LinkInline>().ToList())
        {
            if (!UrlPolicy.IsAllowed(link.GetDynamicUrl?.Invoke() ?? link.Url))
            {
                Unwrap(link);
            }
        }

        foreach (var autolink in document.Descendants<AutolinkInline>().ToList())
        {
            if (!UrlPolicy.IsAllowed(autolink.IsEmail ? "mailto:" + autolink.Url : autolink.Url))
            {
                autolink.ReplaceBy(new LiteralInline(autolink.Url));
            }
        }
    }

    /// <summary>Keeps what the link showed (its text, or an image's alt text) and drops the link itself.</summary>
    private static void Unwrap(LinkInline link)
    {
        var child = link.FirstChild;
        while (child is not null)
        {
            var next = child.NextSibling;
            child.Remove();
            link.InsertBefore(child);
            child = next;
        }

        link.Remove();
    }
}
