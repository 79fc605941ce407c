using System.Globalization;
using System.Net;
using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Reports.Rendering.Markdown;

/// <summary>
/// Markdown from CSV cells and <c>input/</c> files, rendered for the site. Raw HTML is shown as text, and
/// links or images whose URL <see cref="UrlPolicy"/> refuses are reduced to their text before rendering, by
/// editing the parsed document, never by rewriting HTML. An image from another host, which the site's content
/// security policy would block, becomes a link to it. Text nested deeper than <see cref="MarkdownNesting.MaxDepth"/>
/// (reported by validation) is shown as escaped text, so no input makes a page slow or throws. One frozen,
/// thread-safe Markdig pipeline: pipe tables, emphasis extras (~~strike~~ …), GitHub-style heading ids and
/// bare-URL autolinks.
/// </summary>
public static class SafeMarkdown
{
    internal static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseEmphasisExtras()
        .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
        .UseAutoLinks()
        .DisableHtml()
        .Build();

    // A renderer set up once per thread: tens of thousands of cells each paid for the pipeline's setup and a new writer.
    [ThreadStatic]
    private static ReusedRenderer? t_renderer;

    /// <summary>Block HTML (<c>&lt;p&gt;</c>, lists, tables …).</summary>
    public static string ToHtml(string markdown) => Render(markdown, implicitParagraph: false);

    /// <summary>For a table cell or a sentence: a single paragraph comes out without its <c>&lt;p&gt;</c>.</summary>
    public static string ToInlineHtml(string markdown) => Render(markdown, implicitParagraph: true);

    private static string Render(string markdown, bool implicitParagraph)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        if (MarkdownNesting.Find(markdown) is not null)
        {
            return PlainText(markdown, implicitParagraph);
        }

        try
        {
            var document = Markdig.Markdown.Parse(markdown, Pipeline);
            RemoveUnsafeLinks(document);
            LinkExternalImages(document);

            var renderer = t_renderer ??= new ReusedRenderer();
            renderer.Reset();
            renderer.ImplicitParagraph = implicitParagraph;
            renderer.Render(document);
            return renderer.Writer.ToString()!.TrimEnd('\n');
        }
        catch (ArgumentException)
        {
            // Markdig's own depth limit, for a shape the nesting measure does not foresee.
            return PlainText(markdown, implicitParagraph);
        }
    }

    private static string PlainText(string markdown, bool implicitParagraph)
    {
        var text = WebUtility.HtmlEncode(markdown);
        return implicitParagraph ? text : "<p>" + text + "</p>";
    }

    /// <summary>The site loads nothing from other hosts: such an image is shown as a link to it, named by its alt text.</summary>
    private static void LinkExternalImages(MarkdownDocument document)
    {
        foreach (var image in document.Descendants<LinkInline>().Where(l => l.IsImage).ToList())
        {
            var url = image.GetDynamicUrl?.Invoke() ?? image.Url;
            if (UrlPolicy.IsOtherHost(url))
            {
                image.IsImage = false;
                if (image.FirstChild is null)
                {
                    image.AppendChild(new LiteralInline(url ?? ""));
                }
            }
        }
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

    private sealed class ReusedRenderer : HtmlRenderer
    {
        public ReusedRenderer()
            : base(new StringWriter(CultureInfo.InvariantCulture)) => Pipeline.Setup(this);

        /// <summary>Empties the writer and the renderer's state for the next document.</summary>
        public new void Reset() => base.Reset();
    }
}
