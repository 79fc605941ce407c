using Reports.Diagnostics;

namespace Reports.Pipeline;

/// <summary>Every diagnostic the engine itself reports (RPT930–RPT939), one named factory each.</summary>
public static class PipelineErrors
{
    public const string UnknownDependencyCode = "RPT930";
    public const string DependencyCycleCode = "RPT931";
    public const string DuplicatePipelineCode = "RPT932";
    public const string DuplicateDestinationCode = "RPT933";

    public static Diagnostic UnknownDependency(string pipeline, string dependency, IEnumerable<string> known) =>
        new(DiagnosticSeverity.Error, UnknownDependencyCode, pipeline, 0, 0,
            $"pipeline '{pipeline}' depends on '{dependency}', which is not registered",
            $"registered pipelines: {string.Join(", ", known)}");

    public static Diagnostic DependencyCycle(IReadOnlyList<string> cycle) =>
        new(DiagnosticSeverity.Error, DependencyCycleCode, cycle[0], 0, 0,
            $"pipelines depend on each other in a cycle: {string.Join(" -> ", cycle)}",
            "a pipeline can only read pipelines that finish before it; move the shared part into its own pipeline");

    public static Diagnostic DuplicatePipeline(string pipeline) =>
        new(DiagnosticSeverity.Error, DuplicatePipelineCode, pipeline, 0, 0,
            $"two pipelines are named '{pipeline}'");

    public static Diagnostic DuplicateDestination(string destination, string first, string second) =>
        new(DiagnosticSeverity.Error, DuplicateDestinationCode, second, 0, 0,
            $"'{destination}' is produced twice: by {first} and by {second}",
            "rename one of the sources, or remove the page that should not be published");
}
