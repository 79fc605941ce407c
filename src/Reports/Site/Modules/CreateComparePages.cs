using System.Collections.Immutable;
using Reports.History;
using Reports.Pipeline;
using Reports.Site.Views;

namespace Reports.Site.Modules;

/// <summary>
/// Adds each weekly report's comparisons (<see cref="WeekComparisons"/>) at <c>weeks/YYYY-MM-DD/compare/YYYY-MM-DD/</c>:
/// with the previous week as computed today, and with the last archived report as it was published.
/// </summary>
public sealed class CreateComparePages(WeekPageSources sources, string template, SiteContext site) : IModule
{
    public ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, PipelineContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var views = context.Single(sources.ViewModels, SiteKeys.Views);
        var report = context.Single(sources.Data, SiteKeys.Report);
        var archive = context.Single(sources.Archive, SiteKeys.Archive);
        var pages = OrderedParallel.Map(report.Weeks.Count, context.CancellationToken, i => WeekComparisons.Of(report, archive, i)
            .Select(side =>
            {
                var week = report.Weeks[i];
                var other = side.Archived?.Published ?? WeekSide.Of(report.Find(side.Other)!);
                var model = views.Compare(i, other, side.Archived is not null);
                var title = "Week of " + model.WeekOf + " compared with " + (side.Archived is null ? "the week of " : "the archived report of ") + model.Other;
                var description = "The reliability report of the week of " + model.WeekOf + " beside the " + model.OtherName + " (" + model.Other
                    + "): scores, total, decision, gates, No-Go conditions, findings and evidence that changed.";
                return CreatePage.Describe(Document.Compute(), WeekComparisons.Href(week.WeekOf, side.Other), template, "weeks", site.Urls, new PageContent(title, description, model));
            })
            .ToArray());
        return inputs.AddRange(pages.SelectMany(p => p));
    }
}
