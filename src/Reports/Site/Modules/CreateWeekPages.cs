using System.Collections.Immutable;
using Reports.Pipeline;
using Reports.Site.Outputs;

namespace Reports.Site.Modules;

/// <summary>Adds one weekly report per scored week at <c>weeks/YYYY-MM-DD/</c>, building their models in parallel.</summary>
public sealed class CreateWeekPages(string sitePipeline, string template, SiteUrls urls) : IModule
{
    public ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, PipelineContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var views = context.Single(sitePipeline, SiteKeys.Views);
        var pages = OrderedParallel.Map(views.WeekLinks.Count, context.CancellationToken, i =>
        {
            var week = views.Week(i);
            var description = "Reliability report for the week of " + week.WeekOf + ": total " + week.Total + " / 100, " + week.DecisionText + ".";
            return CreatePage.Describe(Document.Compute(), week.Href, template, "weeks", urls, new PageContent("Week of " + week.WeekOf, description, week));
        });
        return inputs.AddRange(pages);
    }
}
