using System.Collections.Immutable;

namespace Reports.Pipeline;

/// <summary>
/// A named (noun) list of steps: <see cref="ProcessSteps"/> compute, <see cref="RenderSteps"/> turn results
/// into pages once every pipeline has processed. Immutable: each method returns a changed copy.
/// </summary>
/// <example><code>
/// new PipelineDefinition("weeks")
///     .DependsOn("scoring")
///     .Process(new ReadFiles("weeks", ".md"), "narratives people wrote for each week")
///     .Render(new RenderTemplate(templates, "layouts/week", PageModel), "one page per week");
/// </code></example>
public sealed record PipelineDefinition
{
    public PipelineDefinition(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name;
    }

    public string Name { get; }

    /// <summary>Pipelines whose Process outputs this one reads; they finish processing first.</summary>
    public ImmutableArray<string> Dependencies { get; init; } = [];

    public ImmutableArray<Step> ProcessSteps { get; init; } = [];

    public ImmutableArray<Step> RenderSteps { get; init; } = [];

    public PipelineDefinition DependsOn(params IEnumerable<string> pipelineNames) =>
        this with { Dependencies = Dependencies.AddRange(pipelineNames) };

    public PipelineDefinition Process(IModule module, string reason) =>
        this with { ProcessSteps = ProcessSteps.Add(NewStep(module, reason)) };

    public PipelineDefinition Render(IModule module, string reason) =>
        this with { RenderSteps = RenderSteps.Add(NewStep(module, reason)) };

    private static Step NewStep(IModule module, string reason)
    {
        ArgumentNullException.ThrowIfNull(module);
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        return new Step(module, reason);
    }
}
