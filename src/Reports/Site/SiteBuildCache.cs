using Reports.Pipeline;
using Reports.Publishing;
using Reports.Rendering.Charts;
using Reports.Rendering.Markdown;
using Reports.Rendering.Templates;
using Reports.Scoring;
using Reports.Site.Models;
using Reports.Site.Modules;
using Reports.Site.Views;

namespace Reports.Site;

/// <summary>
/// Everything a long-lived process (<c>reports serve</c>) keeps between builds of one site, so that a rebuild
/// redoes only what an edit affects. Each part is keyed by the full inputs of what it stores, never by file
/// names or times, so a rebuild with the cache writes exactly what a clean build writes:
/// <list type="bullet">
/// <item><see cref="Charts"/>: SVG per chart, keyed by a hash of the data the chart reads.</item>
/// <item><see cref="Markdown"/>: HTML per Markdown cell (rationale, evidence, summary), keyed by its text.</item>
/// <item><see cref="Rows"/>: the incident and finding rows, while the incidents and findings are the same.</item>
/// <item><see cref="Pages"/>: bytes per page, keyed by its template sources and its whole view model.</item>
/// <item><see cref="Links"/>: what each page links to and offers as ids, keyed by its bytes.</item>
/// <item><see cref="Published"/>: what was written to the output folder, so unchanged files are not read back.</item>
/// <item><see cref="Filled"/>: pages with the data version filled in, for pages and versions that did not change.</item>
/// <item><see cref="Data"/>: the loaded and evaluated data, while the CSV files are byte for byte the same; and
/// the weeks of the last evaluation that an edit did not reach.</item>
/// <item><see cref="WeekPages"/>, <see cref="WeekFiles"/>, <see cref="WeekElements"/> and <see cref="FeedEntries"/>:
/// each weekly report's model, its <c>report.json</c> and badge, its element of <c>api/weeks.json</c> and its entry in
/// the feed, by the week's evaluated result (see <see cref="WeekMemo{TValue}"/>).</item>
/// </list>
/// </summary>
public sealed class SiteBuildCache
{
    public LoadedDataCache Data { get; } = new();

    public FilledPages Filled { get; } = new();

    public ChartCache Charts { get; } = new();

    public WeekMemo<WeekReportModel> WeekPages { get; } = new();

    public WeekMemo<WeekFiles> WeekFiles { get; } = new();

    public WeekMemo<byte[]> WeekElements { get; } = new();

    public WeekMemo<Outputs.AtomFeed.Entry> FeedEntries { get; } = new();

    public MarkdownCache Markdown { get; } = new();

    public SharedRows Rows { get; } = new();

    public RenderCache Pages { get; } = new();

    public LinkScanCache Links { get; } = new();

    public PublishedFiles Published { get; } = new();

    internal void BeginBuild()
    {
        Markdown.BeginBuild();
        Pages.BeginBuild();
    }

    /// <summary>After a successful build: forget what it no longer produced.</summary>
    internal void EndBuild() => Pages.EndBuild();
}
