using Reports.Pipeline;
using Reports.Site.Models;
using Reports.Site.Modules;

namespace Reports.Site.Pipelines;

/// <summary>
/// NotFound: <c>404.html</c>, which Netlify serves at any unknown address, so its links start at the site root
/// (<c>/</c>) instead of being relative to where it is stored.
/// </summary>
public static class NotFoundPipeline
{
    public const string Name = "not-found";

    public const string Destination = "404.html";

    public static PipelineDefinition Create(SiteContext site) => new PipelineDefinition(Name)
        .DependsOn(ViewModelsPipeline.Name)
        .Process(
            new WriteFile(Destination, _ => ""),
            "the page's place; its links are absolute from the root")
        .Process(
            new Pipeline.Modules.ForEachDocument(d => d
                .With(SiteKeys.Page, new PageModel("Page not found", "There is no page at this address.", "404.html", "/", null, "not-found"))
                .With(SiteKeys.Template, "pages/404.liquid")
                .With(SiteKeys.Model, (object)new ContentPageModel("Page not found", new Rendering.Templates.TrustedHtml("")))),
            "no model beyond the site's own")
        .Render(new RenderPage(ViewModelsPipeline.Name, site.Cache?.Pages), "pages/404.liquid inside the layout");
}
