using Reports.Pipeline;
using Reports.Site.Modules;

namespace Reports.Site.Pipelines;

/// <summary>Data: the CSV files, validated and evaluated. Everything else is computed from its one document.</summary>
public static class DataPipeline
{
    public const string Name = "data";

    public static PipelineDefinition Create(SiteContext site) => new PipelineDefinition(Name)
        .Process(new LoadData(site.Options.DataDirectory, site.Cache?.Data), "read and check every CSV file; any error stops the build")
        .Process(new EvaluateProgram(site.Cache?.Data), "apply the rules: totals, phase decisions, gates, No-Go conditions, uplift plans")
        .Process(new WarnOfMissingGateResults(site.Options.DataDirectory), "warn of weeks whose gate review was forgotten: their gates block the phase exit");
}
