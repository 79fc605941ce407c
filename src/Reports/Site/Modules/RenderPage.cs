using System.Collections.Immutable;
using Reports.Pipeline;
using Reports.Rendering.Templates;
using Reports.Site.Models;

namespace Reports.Site.Modules;

/// <summary>Renders each page document through its template and the layout, in parallel; a template error is a diagnostic.</summary>
public sealed class RenderPage(TemplateSet templates, string sitePipeline) : IModule
{
    public ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, PipelineContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var site = context.Single(sitePipeline, SiteKeys.Site);
        var rendered = OrderedParallel.Map(inputs.Length, context.CancellationToken, i =>
        {
            var document = inputs[i];
            if (!document.TryGet(SiteKeys.Template, out var template))
            {
                return document;
            }

            var outcome = templates.Render(template, new PageView(site, document.Get(SiteKeys.Page), document.Get(SiteKeys.Model)));
            context.Diagnostics.AddRange(outcome.Diagnostics);
            return document.WithText(outcome.Html ?? "");
        });
        return [.. rendered];
    }
}
