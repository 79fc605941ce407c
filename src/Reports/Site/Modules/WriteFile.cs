using System.Collections.Immutable;
using Reports.Pipeline;

namespace Reports.Site.Modules;

/// <summary>Adds one generated text file (feed, badge, JSON …) at <paramref name="destination"/>.</summary>
public sealed class WriteFile(string destination, Func<PipelineContext, string> content) : IModule
{
    public ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, PipelineContext context) =>
        inputs.Add(Document.FromText(content(context), destination));
}
