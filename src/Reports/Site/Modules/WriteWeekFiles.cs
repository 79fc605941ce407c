using System.Collections.Immutable;
using Reports.Pipeline;
using Reports.Rendering.Json;
using Reports.Site.Outputs;
using Reports.Site.Views;

namespace Reports.Site.Modules;

/// <summary>
/// Beside each weekly report, files pinned to that week: <c>report.json</c> (the week's object of
/// <c>weeks.json</c>) and <c>badge.svg</c> (its total, phase and decision).
/// </summary>
public sealed class WriteWeekFiles(string dataPipeline) : IModule
{
    public ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, PipelineContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var report = context.Single(dataPipeline, SiteKeys.Report);
        return inputs.AddRange(report.Weeks.SelectMany(week =>
        {
            var folder = ViewModelFactory.WeekHref(week.WeekOf);
            return new[]
            {
                // Made as they are written, like the pages: thirteen thousand weeks are not held as files.
                Document.FromContent(DocumentContent.Deferred(() => WeekReportJson.WriteUtf8(week)), folder + Citations.ReportJsonName),
                Document.FromContent(DocumentContent.Deferred(() => DocumentContent.FromText(SiteBadges.Week(report, week)).AsBytes()), folder + Citations.BadgeName),
            };
        }));
    }

}
