using Reports.Pipeline;
using Reports.Site.Modules;
using Reports.Site.Outputs;
using Reports.Site.Views;

namespace Reports.Site.Pipelines;

/// <summary>Archive index: the published weeks at <c>archive/</c>, with checksums, downloads and restatements.</summary>
public static class ArchiveIndexPipeline
{
    public const string Name = "archive-index";

    public static PipelineDefinition Create(SiteContext site) => SinglePagePipeline.Create(
            site, Name, ArchivePaths.Index, "pages/archive.liquid", "archive",
            (_, context) => new PageContent(
                "Archive",
                "Weekly reports frozen as they were published: date, total, decision, checksum and a download of each.",
                ArchiveViews.Index(context.Single(ArchivePipeline.Name, SiteKeys.Archive))))
        .DependsOn(ArchivePipeline.Name);
}
