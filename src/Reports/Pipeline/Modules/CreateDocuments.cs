using System.Collections.Immutable;

namespace Reports.Pipeline.Modules;

/// <summary>Adds documents made in code, e.g. one per week of a report read from another pipeline's output.</summary>
public sealed class CreateDocuments(Func<PipelineContext, IEnumerable<Document>> create) : IModule
{
    public ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, PipelineContext context) =>
        inputs.AddRange(create(context));
}
