using Reports.Pipeline;
using Reports.Site.Modules;

namespace Reports.Site.Pipelines;

/// <summary>
/// Data version: the commit or content hash of the data folder, which every page and JSON file names. A pipeline of
/// its own so that asking git, or hashing the files, runs beside loading and evaluating them.
/// </summary>
public static class DataVersionPipeline
{
    public const string Name = "data-version";

    public static PipelineDefinition Create(SiteContext site) => new PipelineDefinition(Name)
        .Process(new ReadDataVersion(site.Options.DataDirectory), "the commit or content hash every page and JSON file names");
}
