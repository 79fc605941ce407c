using Reports.Pipeline;
using Reports.Pipeline.Modules;
using Reports.Site.Modules;

namespace Reports.Site.Pipelines;

/// <summary>Data: the CSV files, validated and evaluated. Everything else is computed from its one document.</summary>
public static class DataPipeline
{
    public const string Name = "data";

    public static PipelineDefinition Create(SiteContext site) => new PipelineDefinition(Name)
        .Process(
            new CacheDocuments(
                site.Cache?.Data,
                () => LoadData.InputKey(site.Options.DataDirectory),
                new LoadData(site.Options.DataDirectory),
                new EvaluateProgram()),
            "read and check every CSV file (any error stops the build), then apply the rules; cached by the files' bytes");
}
