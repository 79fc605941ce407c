using System.Collections.Immutable;
using Reports.Pipeline;

namespace Reports.Rendering.Templates;

/// <summary>
/// Replaces each document's content by a template rendered with the model made from it; documents render in
/// parallel, order kept. Reports the set's parse problems; when it has errors, renders nothing.
/// </summary>
public sealed class RenderTemplate(TemplateSet templates, Func<Document, string> templateName, Func<Document, PipelineContext, object> model)
    : IModule
{
    public RenderTemplate(TemplateSet templates, string templateName, Func<Document, PipelineContext, object> model)
        : this(templates, _ => templateName, model)
    {
    }

    public ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, PipelineContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Diagnostics.AddRange(templates.Diagnostics);
        if (templates.HasErrors)
        {
            return inputs;
        }

        var rendered = OrderedParallel.Map(inputs.Length, context.CancellationToken, i =>
        {
            var document = inputs[i];
            var outcome = templates.Render(templateName(document), model(document, context));
            context.Diagnostics.AddRange(outcome.Diagnostics);
            return outcome.Html is null ? document : document.WithText(outcome.Html);
        });
        return [.. rendered];
    }
}
