using System.Collections.Immutable;
using Reports.Pipeline;
using Reports.Rendering.Json;
using Reports.Scoring;
using Reports.Site.Outputs;
using Reports.Site.Views;

namespace Reports.Site.Modules;

/// <summary>
/// Beside each weekly report, files pinned to that week: <c>report.json</c> (the week's object of
/// <c>weeks.json</c>) and <c>badge.svg</c> (its total, phase and decision).
/// </summary>
/// <param name="memo">A session's files of weeks an edit did not reach; null writes every week's.</param>
public sealed class WriteWeekFiles(string dataPipeline, WeekMemo<WeekFiles>? memo = null) : IModule
{
    public ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, PipelineContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var report = context.Single(dataPipeline, SiteKeys.Report);
        return inputs.AddRange(report.Weeks.SelectMany(week =>
        {
            var files = memo is null ? Write(report, week) : memo.Get(week, null, () => Write(report, week));
            var folder = ViewModelFactory.WeekHref(week.WeekOf);
            return new[]
            {
                Document.FromBytes(files.ReportJson, folder + Citations.ReportJsonName),
                Document.FromBytes(files.Badge, folder + Citations.BadgeName),
            };
        }));
    }

    private static WeekFiles Write(ProgramReport report, WeekResult week) =>
        new(WeekReportJson.WriteUtf8(week), DocumentContent.FromText(SiteBadges.Week(report, week)).AsBytes());
}

/// <summary>The bytes of a week's <c>report.json</c> and <c>badge.svg</c>.</summary>
public sealed record WeekFiles(ImmutableArray<byte> ReportJson, ImmutableArray<byte> Badge);
