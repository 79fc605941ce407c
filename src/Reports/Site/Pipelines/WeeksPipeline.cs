using Reports.Pipeline;
using Reports.Site.Modules;

namespace Reports.Site.Pipelines;

/// <summary>Weeks: one report per scored week at <c>weeks/YYYY-MM-DD/</c>, the pages release notes link to.</summary>
public static class WeeksPipeline
{
    public const string Name = "weeks";

    public static PipelineDefinition Create(SiteContext site) => new PipelineDefinition(Name)
        .DependsOn(ViewModelsPipeline.Name)
        .Process(new CreateWeekPages(ViewModelsPipeline.Name, "pages/week.liquid", site.Urls), "a model per week, built in parallel")
        .Render(new RenderPage(site.Templates, ViewModelsPipeline.Name, site.Cache?.Pages), "pages/week.liquid inside the layout, in parallel");
}
