using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Reports.Pipeline;

namespace Reports.Rendering.Markdown;

/// <summary>
/// Replaces each document's Markdown text by safe HTML (<see cref="SafeMarkdown.ToHtml"/>) and stores its
/// front matter under <see cref="MarkdownKeys.FrontMatter"/>. Text nested too deeply for a page is an error at
/// its line and column (<see cref="MarkdownNesting"/>). Documents are rendered in parallel, order kept.
/// </summary>
public sealed class RenderMarkdown : IModule
{
    public ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, PipelineContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var rendered = OrderedParallel.Map(inputs.Length, context.CancellationToken, i =>
        {
            var document = inputs[i];
            var path = document.Source ?? document.Destination ?? "";
            var parsed = FrontMatter.Parse(document.Content.AsText(), path);
            context.Diagnostics.AddRange(parsed.Diagnostics);
            if (MarkdownNesting.Find(parsed.Body) is { } deep)
            {
                context.Diagnostics.Add(MarkdownErrors.TooDeep(path, parsed.BodyLine + deep.Line - 1, deep.Column, deep.Depth));
            }

            return document.WithText(SafeMarkdown.ToHtml(parsed.Body)).With(MarkdownKeys.FrontMatter, parsed.FrontMatter);
        });
        return ImmutableCollectionsMarshal.AsImmutableArray(rendered);
    }
}
