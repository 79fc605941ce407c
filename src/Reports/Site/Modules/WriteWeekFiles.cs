using System.Collections.Immutable;
using Reports.Pipeline;
using Reports.Rendering.Csv;
using Reports.Rendering.Json;
using Reports.Site.Outputs;
using Reports.Site.Views;

namespace Reports.Site.Modules;

/// <summary>
/// Beside each weekly report, files pinned to that week: <c>report.json</c> (the week's object of
/// <c>weeks.json</c>), <c>badge.svg</c> (its total, phase and decision) and its tables as CSV (<see cref="SiteTables.OfWeek"/>).
/// </summary>
public sealed class WriteWeekFiles(string dataPipeline, string viewsPipeline) : IModule
{
    public ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, PipelineContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var report = context.Single(dataPipeline, SiteKeys.Report);
        var views = context.Single(viewsPipeline, SiteKeys.Views);
        return inputs.AddRange(report.Weeks.SelectMany((week, index) =>
        {
            var folder = ViewModelFactory.WeekHref(week.WeekOf);
            // Made as they are written, like the pages: thirteen thousand weeks are not held as files.
            Document[] files =
            [
                Document.FromContent(DocumentContent.Deferred(() => WeekReportJson.WriteUtf8(week)), folder + Citations.ReportJsonName),
                Document.FromContent(DocumentContent.Deferred(() => DocumentContent.FromText(SiteBadges.Week(report, week)).AsBytes()), folder + Citations.BadgeName),
            ];
            return files.Concat(SiteTables.OfWeek(views, week, index)
                .Select(f => Document.FromContent(DocumentContent.Deferred(() => DocumentContent.FromText(TableCsv.Write(f.Table())).AsBytes()), f.Path)));
        }));
    }

}
