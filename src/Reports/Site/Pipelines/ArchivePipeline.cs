using Reports.Pipeline;
using Reports.Site.Modules;

namespace Reports.Site.Pipelines;

/// <summary>Archive: every published snapshot of <c>data/archive/</c>, byte for byte at <c>archive/YYYY-MM-DD/</c>, with its .zip.</summary>
public static class ArchivePipeline
{
    public const string Name = "archive";

    public static PipelineDefinition Create(SiteContext site) => new PipelineDefinition(Name)
        .DependsOn(DataPipeline.Name)
        .Process(
            new PublishArchive(site.Options.DataDirectory, DataPipeline.Name),
            "verify each snapshot against its manifest, copy it unchanged, zip it, and compare it with today's data");
}
