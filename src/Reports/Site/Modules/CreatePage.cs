using System.Collections.Immutable;
using Reports.Pipeline;
using Reports.Site.Outputs;
using Reports.Site.Views;

namespace Reports.Site.Modules;

/// <summary>What one page shows: its title and description for the head, and its model for the template.</summary>
public sealed record PageContent(string Title, string Description, object Model);

/// <summary>
/// Adds one page at <paramref name="url"/>: its view model, built from the view-model factory, and the template
/// that will render it. Nothing is rendered here; templates run in the Render phase, after all computing.
/// </summary>
public sealed class CreatePage(string sitePipeline, string url, string template, string section, SiteUrls urls, Func<ViewModelFactory, PipelineContext, PageContent> content) : IModule
{
    public ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, PipelineContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var page = content(context.Single(sitePipeline, SiteKeys.Views), context);
        return inputs.Add(Describe(Document.Compute(), url, template, section, urls, page));
    }

    public static Document Describe(Document document, string url, string template, string section, SiteUrls urls, PageContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        return Describe(document, url, template, section, urls, content.Title, content.Description).With(SiteKeys.Model, content.Model);
    }

    /// <summary>A page whose model is made only when it renders (<see cref="SiteKeys.MakeModel"/>), and dropped with it.</summary>
    public static Document Describe(Document document, string url, string template, string section, SiteUrls urls, string title, string description, Func<object> model) =>
        Describe(document, url, template, section, urls, title, description).With(SiteKeys.MakeModel, model);

    private static Document Describe(Document document, string url, string template, string section, SiteUrls urls, string title, string description)
    {
        ArgumentNullException.ThrowIfNull(document);
        return document
            .WithDestination(PageAddress.Destination(url))
            .With(SiteKeys.Page, PageAddress.Page(url, title, description, section, urls))
            .With(SiteKeys.Template, template);
    }
}
