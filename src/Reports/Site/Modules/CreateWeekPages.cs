using System.Collections.Immutable;
using Reports.Pipeline;
using Reports.Site.Views;

namespace Reports.Site.Modules;

/// <summary>The pipelines a weekly report is made from.</summary>
public sealed record WeekPageSources(string Data, string ViewModels, string Archive);

/// <summary>
/// Adds one weekly report per scored week at <c>weeks/YYYY-MM-DD/</c>, building their models in parallel: the
/// scorecard, its citation for release notes, and its frozen copy and restatement when the week is archived.
/// </summary>
public sealed class CreateWeekPages(WeekPageSources sources, string template, SiteContext site) : IModule
{
    public ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, PipelineContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var views = context.Single(sources.ViewModels, SiteKeys.Views);
        var report = context.Single(sources.Data, SiteKeys.Report);
        var archive = context.Single(sources.Archive, SiteKeys.Archive);
        var pages = OrderedParallel.Map(views.WeekLinks.Count, context.CancellationToken, i =>
        {
            var result = report.Weeks[i];
            var citation = Citations.For(result, site.SiteName, site.Urls);
            var archived = ArchiveViews.Week(archive, result.WeekOf);
            var week = views.Week(i) with { Citation = citation, Archived = archived };
            week = week with
            {
                ScorecardCsv = SiteTables.ScorecardLink(week.Href),
                GatesCsv = SiteTables.WeekGatesLink(week.Href),
                Compare = [.. WeekComparisons.Of(report, archive, i).Select(side => new Models.CompareLink(
                    WeekComparisons.Href(result.WeekOf, side.Other),
                    (side.Archived is null ? "Compare with the previous week (" : "Compare with the last archived week (") + Format.Date(side.Other) + ")"))],
            };
            var description = "Reliability report for the week of " + week.WeekOf + ": total " + week.Total + " / 100, " + week.DecisionText + ".";
            return CreatePage.Describe(Document.Compute(), week.Href, template, "weeks", site.Urls, new PageContent("Week of " + week.WeekOf, description, week));
        });
        return inputs.AddRange(pages);
    }

}
