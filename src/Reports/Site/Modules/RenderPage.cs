using System.Collections.Immutable;
using System.Runtime.InteropServices;
using System.Text;
using Reports.Pipeline;
using Reports.Rendering.Templates;
using Reports.Site.Models;

namespace Reports.Site.Modules;

/// <summary>
/// Renders each page document through its template and the layout, in parallel; a template error is a diagnostic.
/// With a <see cref="RenderCache"/>, a page whose templates and view model are unchanged since an earlier build
/// gets that build's bytes back instead of being rendered: its key is the templates' fingerprint plus the
/// fingerprint of everything the template can read (site, page and model).
/// </summary>
public sealed class RenderPage(string sitePipeline, string templatesPipeline, RenderCache? cache = null) : IModule
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    public ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, PipelineContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var site = context.Single(sitePipeline, SiteKeys.Site);
        var templates = context.Single(templatesPipeline, SiteKeys.Templates);
        var rendered = OrderedParallel.Map(inputs.Length, context.CancellationToken, i =>
        {
            var document = inputs[i];
            if (!document.TryGet(SiteKeys.Template, out var template))
            {
                return document;
            }

            var view = new PageView(site, document.Get(SiteKeys.Page), document.Get(SiteKeys.Model));
            if (cache is null)
            {
                return document.WithText(Render(templates, template, view, context).Html ?? "");
            }

            var bytes = cache.GetOrAdd(ModelFingerprint.Of(templates.Fingerprint(template), view), () =>
                Render(templates, template, view, context).Html is { } html ? ImmutableCollectionsMarshal.AsImmutableArray(Utf8NoBom.GetBytes(html)) : null);
            return document with { Content = bytes is { } made ? DocumentContent.FromBytes(made) : DocumentContent.Empty };
        });
        return [.. rendered];
    }

    private static TemplateOutcome Render(TemplateSet templates, string template, PageView view, PipelineContext context)
    {
        var outcome = templates.Render(template, view);
        context.Diagnostics.AddRange(outcome.Diagnostics);
        return outcome;
    }
}
