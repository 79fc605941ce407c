using System.Collections.Immutable;
using Reports.Pipeline;

namespace Reports.Site.Modules;

/// <summary>Adds one generated file (feed, badge, JSON …) at <paramref name="destination"/>, from text or bytes.</summary>
public sealed class WriteFile(string destination, Func<PipelineContext, DocumentContent> content) : IModule
{
    public WriteFile(string destination, Func<PipelineContext, string> text)
        : this(destination, context => DocumentContent.FromText(text(context)))
    {
    }

    public ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, PipelineContext context) =>
        inputs.Add(Document.FromContent(content(context), destination));
}
