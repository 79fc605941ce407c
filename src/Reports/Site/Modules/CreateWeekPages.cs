using System.Collections.Immutable;
using Reports.Pipeline;
using Reports.Scoring;
using Reports.Site.Models;
using Reports.Site.Views;

namespace Reports.Site.Modules;

/// <summary>The pipelines a weekly report is made from.</summary>
public sealed record WeekPageSources(string Data, string ViewModels, string Archive);

/// <summary>
/// Adds one weekly report per scored week at <c>weeks/YYYY-MM-DD/</c>, building their models in parallel: the
/// scorecard, its citation for release notes, and its frozen copy and restatement when the week is archived. A
/// session takes back the models of weeks an edit did not reach.
/// </summary>
public sealed class CreateWeekPages(WeekPageSources sources, string template, SiteContext site) : IModule
{
    public ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, PipelineContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var views = context.Single(sources.ViewModels, SiteKeys.Views);
        var report = context.Single(sources.Data, SiteKeys.Report);
        var archive = context.Single(sources.Archive, SiteKeys.Archive);
        var memo = site.Cache?.WeekPages;
        var pages = OrderedParallel.Map(views.WeekLinks.Count, context.CancellationToken, i =>
        {
            var result = report.Weeks[i];
            var citation = Citations.For(result, site.SiteName, site.Urls);
            var archived = ArchiveViews.Week(archive, result.WeekOf);
            var week = memo is null
                ? Model(views, i, citation, archived)
                : memo.Get(result, new WeekPageInputs(views.Neighbours(i), views.NarrativeOf(result.WeekOf), citation, archived), () => Model(views, i, citation, archived));
            var description = "Reliability report for the week of " + week.WeekOf + ": total " + week.Total + " / 100, " + week.DecisionText + ".";
            return CreatePage.Describe(Document.Compute(), week.Href, template, "weeks", site.Urls, new PageContent("Week of " + week.WeekOf, description, week));
        });
        return inputs.AddRange(pages);
    }

    private static WeekReportModel Model(ViewModelFactory views, int index, CitationView citation, ArchivedWeekView? archived) =>
        views.Week(index) with { Citation = citation, Archived = archived };

    /// <summary>What a weekly report's model reads besides the week's result (see <see cref="WeekMemo{TValue}"/>).</summary>
    private sealed record WeekPageInputs((WeekLink? Previous, WeekLink? Next) Neighbours, Narrative? Narrative, CitationView Citation, ArchivedWeekView? Archived)
    {
        public bool Equals(WeekPageInputs? other) =>
            other is not null
            && Neighbours == other.Neighbours
            && Narrative == other.Narrative
            && Citation == other.Citation
            && (Archived is null
                ? other.Archived is null
                : other.Archived is not null && Archived with { Changes = other.Archived.Changes } == other.Archived && Archived.Changes.SequenceEqual(other.Archived.Changes, StringComparer.Ordinal));

        public override int GetHashCode() => HashCode.Combine(Neighbours, Narrative, Citation);
    }
}
