using System.Collections.Immutable;
using System.Runtime.InteropServices;
using System.Text;
using Reports.Pipeline;
using Reports.Rendering.Templates;
using Reports.Site.Models;
using Reports.Site.Pipelines;

namespace Reports.Site.Modules;

/// <summary>
/// Renders each page document through its template and the layout, in parallel; a template error is a diagnostic.
/// With a <see cref="RenderCache"/>, a page whose templates and view model are unchanged since an earlier build
/// gets that build's bytes back instead of being rendered: its key is the templates' fingerprint plus the
/// fingerprint of everything the template can read (site, page and model). Pages hold the site's
/// <see cref="Stamp"/>s as placeholders, filled in after the whole site is rendered (<see cref="SiteBuilder"/>).
/// </summary>
public sealed class RenderPage(string sitePipeline, RenderCache? cache = null) : IModule
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    public ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, PipelineContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var site = context.Single(sitePipeline, SiteKeys.Site);
        var templates = context.Single(TemplatesPipeline.Name, SiteKeys.Templates);
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

            var templateKey = templates.Fingerprint(template);
            var key = cache.IsUnsettled(templateKey)
                ? ModelFingerprint.Of(templateKey, view, site.Stamps.Select(s => s.Value).ToArray())
                : ModelFingerprint.Of(templateKey, view);
            var bytes = cache.GetOrAdd(key, () =>
            {
                var outcome = Render(templates, template, view, context);
                if (outcome.ReadStamps)
                {
                    // From now on, pages of this template are cached with the stamps' values in their keys.
                    cache.MarkUnsettled(templateKey);
                }

                return outcome.Html is { } html ? ImmutableCollectionsMarshal.AsImmutableArray(Utf8NoBom.GetBytes(html)) : null;
            });
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
