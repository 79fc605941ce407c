using System.Collections.Immutable;
using Reports.Pipeline;
using Reports.Site.Views;

namespace Reports.Site.Modules;

/// <summary>The pipelines a weekly report is made from.</summary>
public sealed record WeekPageSources(string Data, string ViewModels, string Archive);

/// <summary>
/// Adds one weekly report per scored week at <c>weeks/YYYY-MM-DD/</c>: its address, title and description now, and its
/// model (the scorecard, its citation for release notes, and its frozen copy and restatement when the week is
/// archived) only when the page renders, so a site of thirteen thousand weeks never holds their models all at once.
/// </summary>
public sealed class CreateWeekPages(WeekPageSources sources, string template, SiteContext site) : IModule
{
    public ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, PipelineContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var views = context.Single(sources.ViewModels, SiteKeys.Views);
        var report = context.Single(sources.Data, SiteKeys.Report);
        var archive = context.Single(sources.Archive, SiteKeys.Archive);
        return inputs.AddRange(report.Weeks.Select((result, i) =>
        {
            var weekOf = Format.Date(result.WeekOf);
            var description = "Reliability report for the week of " + weekOf + ": total " + Format.Points(result.Total) + " / 100, "
                + ViewModelFactory.DecisionText(result) + ".";
            return CreatePage.Describe(Document.Compute(), ViewModelFactory.WeekHref(result.WeekOf), template, "weeks", site.Urls, "Week of " + weekOf, description, () =>
            {
                var week = views.Week(i) with { Citation = Citations.For(result, site.SiteName, site.Urls), Archived = ArchiveViews.Week(archive, result.WeekOf) };
                return week with
                {
                    ScorecardCsv = SiteTables.ScorecardLink(week.Href),
                    GatesCsv = SiteTables.WeekGatesLink(week.Href),
                    Compare = [.. WeekComparisons.Of(report, archive, i).Select(side => new Models.CompareLink(
                        WeekComparisons.Href(result.WeekOf, side.Other),
                        (side.Archived is null ? "Compare with the previous week (" : "Compare with the last archived week (") + Format.Date(side.Other) + ")"))],
                };
            });
        }));
    }
}
