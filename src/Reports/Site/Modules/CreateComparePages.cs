using System.Collections.Immutable;
using Reports.History;
using Reports.Pipeline;
using Reports.Site.Views;

namespace Reports.Site.Modules;

/// <summary>
/// Adds each weekly report's comparisons (<see cref="WeekComparisons"/>) at <c>weeks/YYYY-MM-DD/compare/YYYY-MM-DD/</c>:
/// with the previous week as computed today, and with the last archived report as it was published. Each model is
/// made when its page renders.
/// </summary>
public sealed class CreateComparePages(WeekPageSources sources, string template, SiteContext site) : IModule
{
    public ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, PipelineContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var views = context.Single(sources.ViewModels, SiteKeys.Views);
        var report = context.Single(sources.Data, SiteKeys.Report);
        var archive = context.Single(sources.Archive, SiteKeys.Archive);
        return inputs.AddRange(report.Weeks.SelectMany((week, i) => WeekComparisons.Of(report, archive, i).Select(side =>
        {
            var (weekOf, other) = (Format.Date(week.WeekOf), Format.Date(side.Other));
            var archived = side.Archived is not null;
            var title = "Week of " + weekOf + " compared with " + (archived ? "the archived report of " : "the week of ") + other;
            var description = "The reliability report of the week of " + weekOf + " beside the " + (archived ? "archived report" : "previous week") + " (" + other
                + "): scores, total, decision, gates, No-Go conditions, findings and evidence that changed.";
            // Made when the page renders, as a weekly report's model is.
            return CreatePage.Describe(Document.Compute(), WeekComparisons.Href(week.WeekOf, side.Other), template, "weeks", site.Urls, title, description, () =>
                views.Compare(i, side.Archived?.Published ?? WeekSide.Of(report.Find(side.Other)!), archived));
        })));
    }
}
