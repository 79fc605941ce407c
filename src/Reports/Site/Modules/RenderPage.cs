using System.Collections.Immutable;
using Reports.Pipeline;
using Reports.Preview;
using Reports.Rendering.Templates;
using Reports.Site.Models;

namespace Reports.Site.Modules;

/// <summary>
/// Renders each page document through its template and the layout when it is published; a template error is a diagnostic.
/// With a <see cref="RenderCache"/>, a page whose templates and view model are unchanged since an earlier build
/// gets that build's bytes back instead of being rendered: its key is the templates' fingerprint plus the
/// fingerprint of everything the template can read (site, page and model).
/// </summary>
public sealed class RenderPage(string sitePipeline, string templatesPipeline, RenderCache? cache = null) : IModule
{
    public ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, PipelineContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var site = context.Single(sitePipeline, SiteKeys.Site);
        var templates = context.Single(templatesPipeline, SiteKeys.Templates);
        // Each page is rendered when it is published (DocumentContent.Deferred), so a build holds one page per core,
        // not the site; a template's problems still reach this pipeline's diagnostics, which the run reads at its end.
        return [.. inputs.Select(document => document.TryGet(SiteKeys.Template, out var template)
            ? document with { Content = DocumentContent.Deferred(() => Bytes(templates, template, new PageView(site, document.Get(SiteKeys.Page), Model(document)), context)) }
            : document)];
    }

    private static object Model(Document document) =>
        document.TryGet(SiteKeys.MakeModel, out var make) ? make() : document.Get(SiteKeys.Model);

    private ImmutableArray<byte> Bytes(TemplateSet templates, string template, PageView view, PipelineContext context)
    {
        if (cache is null)
        {
            return Render(templates, template, view, context) ?? [];
        }

        return cache.GetOrAdd(ModelFingerprint.Of(templates.Fingerprint(template), view), () => Render(templates, template, view, context)) ?? [];
    }

    private static ImmutableArray<byte>? Render(TemplateSet templates, string template, PageView view, PipelineContext context)
    {
        var outcome = templates.RenderUtf8(template, view);
        context.Diagnostics.AddRange(outcome.Diagnostics);
        return outcome.Utf8;
    }
}
