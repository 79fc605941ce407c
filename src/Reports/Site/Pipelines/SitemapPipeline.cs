using Reports.Pipeline;
using Reports.Site.Modules;
using Reports.Site.Outputs;

namespace Reports.Site.Pipelines;

/// <summary>Sitemap: <c>sitemap.xml</c> with every page, gathered after all pages have their addresses.</summary>
public static class SitemapPipeline
{
    public const string Name = "sitemap";

    /// <param name="pagePipelines">The pipelines that publish HTML pages.</param>
    public static PipelineDefinition Create(SiteContext site, IReadOnlyList<string> pagePipelines) => new PipelineDefinition(Name)
        .Render(
            new WriteFile(Sitemap.Path, context => Sitemap.Write(
                pagePipelines.SelectMany(name => context.Outputs(name))
                    .Select(d => d.Destination)
                    .OfType<string>()
                    .Where(d => d == "index.html" || d.EndsWith("/index.html", StringComparison.Ordinal))
                    .Select(d => d[..^"index.html".Length]),
                site.Urls)),
            "every page's address, known once all pipelines have processed");
}
