using Reports.Pipeline;
using Reports.Pipeline.Modules;
using Reports.Rendering.Markdown;
using Reports.Site.Modules;

namespace Reports.Site.Pipelines;

/// <summary>Pages: the Markdown pages at the top of <c>input/</c> (About …), each at <c>name/</c>.</summary>
public static class PagesPipeline
{
    public const string Name = "pages";

    /// <summary>Names the site's own pages and files use; a Markdown page may not take them.</summary>
    public static readonly IReadOnlySet<string> Reserved = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "index", "404", "weeks", "trends", "gates", "incidents", "findings", "methodology", "api", "assets",
        "charts", "badges", "feed", "sitemap", "robots", "latest", "archive",
    };

    public static PipelineDefinition Create(SiteContext site) => new PipelineDefinition(Name)
        .Process(new ReadFiles("", ".md"), "every Markdown file of input/ and the theme")
        .Process(new FilterDocuments(d => !d.Get(DocumentKeys.File).RelativePath.Contains('/', StringComparison.Ordinal)), "only top-level files are pages; weeks/ holds narratives")
        .Process(new RenderMarkdown(), "front matter plus safe HTML")
        .Process(new FilterDocuments(d => !d.Get(MarkdownKeys.FrontMatter).Draft), "drafts are not published")
        .Process(new CreateContentPages(site.Urls, Reserved), "title, description and address from the file")
        .Render(new RenderPage(ViewModelsPipeline.Name, site.Cache?.Pages), "pages/page.liquid inside the layout");
}
