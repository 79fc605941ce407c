using System.Collections.Immutable;
using Reports.Pipeline;
using Reports.Site.Outputs;
using Reports.Site.Views;

namespace Reports.Site.Modules;

/// <summary>
/// Adds one page per key that the view-model factory lists (the pillars' pages), each at its own address with its own
/// model; like <see cref="CreatePage"/>, nothing is rendered here.
/// </summary>
public sealed class CreatePages(
    string sitePipeline,
    Func<ViewModelFactory, IEnumerable<string>> keys,
    Func<ViewModelFactory, string, string> url,
    string template,
    string section,
    SiteUrls urls,
    Func<ViewModelFactory, string, PageContent> content) : IModule
{
    public ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, PipelineContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var views = context.Single(sitePipeline, SiteKeys.Views);
        return inputs.AddRange(keys(views).Select(key =>
            CreatePage.Describe(Document.Compute(), url(views, key), template, section, urls, content(views, key))));
    }
}
