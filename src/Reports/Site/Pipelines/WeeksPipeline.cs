using Reports.Pipeline;
using Reports.Site.Modules;

namespace Reports.Site.Pipelines;

/// <summary>Weeks: one report per scored week at <c>weeks/YYYY-MM-DD/</c>, the pages release notes link to.</summary>
public static class WeeksPipeline
{
    public const string Name = "weeks";

    public static PipelineDefinition Create(SiteContext site) => new PipelineDefinition(Name)
        .DependsOn(ViewModelsPipeline.Name, ArchivePipeline.Name)
        .Process(
            new CreateWeekPages(new WeekPageSources(DataPipeline.Name, ViewModelsPipeline.Name, ArchivePipeline.Name), "pages/week.liquid", site),
            "a model per week with its citation and archive status, built in parallel")
        .Process(new WriteWeekFiles(DataPipeline.Name), "report.json and badge.svg beside each report, pinned to its week")
        .Render(new RenderPage(ViewModelsPipeline.Name, site.Cache?.Pages), "pages/week.liquid inside the layout, in parallel");
}
