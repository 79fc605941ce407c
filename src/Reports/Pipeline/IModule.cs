using System.Collections.Immutable;

namespace Reports.Pipeline;

/// <summary>
/// One step of a pipeline, named as a verb (<c>ReadFiles</c>, <c>RenderTemplate</c>): documents in, documents out.
/// User problems go to <see cref="PipelineContext.Diagnostics"/>; an exception is a bug and stops the build.
/// </summary>
public interface IModule
{
    ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, PipelineContext context);
}
