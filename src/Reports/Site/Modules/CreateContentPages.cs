using System.Collections.Immutable;
using Reports.Pipeline;
using Reports.Rendering.Markdown;
using Reports.Rendering.Templates;
using Reports.Site.Models;
using Reports.Site.Outputs;

namespace Reports.Site.Modules;

/// <summary>
/// Turns each rendered Markdown page of input/ (<c>about.md</c>) into a page at <c>about/</c>, titled by its front
/// matter, listed in the navigation (ordered by <c>order</c>, then name). A name the site already uses is an error.
/// </summary>
public sealed class CreateContentPages(SiteUrls urls, IReadOnlySet<string> reservedNames) : IModule
{
    public ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, PipelineContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var pages = new List<Document>();
        foreach (var document in inputs)
        {
            var file = document.Get(DocumentKeys.File);
            var slug = Path.GetFileNameWithoutExtension(file.RelativePath);
            if (reservedNames.Contains(slug) || !Pipeline.SitePath.IsValid(slug))
            {
                context.Diagnostics.Add(SiteErrors.PageCollision(file.DisplayPath, slug + "/"));
                continue;
            }

            var front = document.Get(MarkdownKeys.FrontMatter);
            var title = string.IsNullOrWhiteSpace(front.Title) ? slug : front.Title;
            var description = string.IsNullOrWhiteSpace(front.Description) ? title : front.Description;
            var url = slug + "/";
            var model = new ContentPageModel(title, new TrustedHtml(document.Content.AsText()));
            pages.Add(CreatePage.Describe(document, url, "pages/page.liquid", slug, urls, new PageContent(title, description, model))
                .With(SiteKeys.NavEntry, new NavLink(slug, title, url)));
        }

        return [.. pages
            .OrderBy(p => p.Get(MarkdownKeys.FrontMatter).Order ?? int.MaxValue)
            .ThenBy(p => p.Get(DocumentKeys.File).RelativePath, StringComparer.Ordinal)];
    }
}
