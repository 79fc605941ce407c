using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Reports.Pipeline;

namespace Reports.Rendering.Markdown;

/// <summary>
/// Replaces each document's Markdown text by safe HTML (<see cref="SafeMarkdown.ToHtml"/>) and stores its
/// front matter under <see cref="MarkdownKeys.FrontMatter"/>. Documents are rendered in parallel, order kept.
/// </summary>
public sealed class RenderMarkdown : IModule
{
    public ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, PipelineContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var rendered = OrderedParallel.Map(inputs.Length, context.CancellationToken, i =>
        {
            var document = inputs[i];
            var parsed = FrontMatter.Parse(document.Content.AsText(), document.Source ?? document.Destination ?? "");
            context.Diagnostics.AddRange(parsed.Diagnostics);
            return document.WithText(SafeMarkdown.ToHtml(parsed.Body)).With(MarkdownKeys.FrontMatter, parsed.FrontMatter);
        });
        return ImmutableCollectionsMarshal.AsImmutableArray(rendered);
    }
}
