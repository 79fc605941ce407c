using Reports.Pipeline;
using Reports.Rendering.Json;
using Reports.Site.Modules;

namespace Reports.Site.Pipelines;

/// <summary>Api: <c>api/weeks.json</c>, the contract's machine-readable weeks, byte for byte what <c>reports status --json</c> prints for the same data.</summary>
public static class ApiPipeline
{
    public const string Name = "api";

    public const string Destination = "api/weeks.json";

    public static PipelineDefinition Create() => new PipelineDefinition(Name)
        .DependsOn(DataPipeline.Name, DataVersionPipeline.Name)
        .Process(
            new WriteFile(Destination, context => DocumentContent.FromBytes(WeeksJson.WriteUtf8(
                context.Single(DataPipeline.Name, SiteKeys.Report), context.Single(DataVersionPipeline.Name, SiteKeys.DataVersion)))),
            "the contract's JSON, schema 1, with the data version");
}
