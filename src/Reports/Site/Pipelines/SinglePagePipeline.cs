using Reports.Pipeline;
using Reports.Site.Modules;
using Reports.Site.Views;

namespace Reports.Site.Pipelines;

/// <summary>The shape of every one-page pipeline (Home, Trends, Gates …): make its model, then render its template.</summary>
public static class SinglePagePipeline
{
    public static PipelineDefinition Create(
        SiteContext site, string name, string url, string template, string section, Func<ViewModelFactory, PipelineContext, PageContent> content, params string[] alsoAfter) =>
        new PipelineDefinition(name)
            .DependsOn([ViewModelsPipeline.Name, .. alsoAfter])
            .Process(new CreatePage(ViewModelsPipeline.Name, url, template, section, site.Urls, content), "the page's model, computed before rendering")
            .Render(new RenderPage(ViewModelsPipeline.Name, site.Cache?.Pages), template + " inside the layout");
}
