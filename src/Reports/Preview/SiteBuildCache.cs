using Reports.Site;

namespace Reports.Preview;

/// <summary>
/// What a long-lived process (<c>reports serve</c>) keeps between builds of one site: one cache per stage, each keyed
/// by that stage's whole input, never by file names or times, so a rebuild with the cache writes exactly what a
/// clean build writes. Each is a visible step of its pipeline (<see cref="SiteBuilder.CreateEngine"/>):
/// <list type="bullet">
/// <item><see cref="Data"/>: the loaded and evaluated data, by the bytes of the CSV files.</item>
/// <item><see cref="Charts"/>: SVG per chart, by the data the chart reads.</item>
/// <item><see cref="EvidenceCharts"/>: the same for the evidence pages' charts (each chart set keeps only its own).</item>
/// <item><see cref="Markdown"/>: HTML per Markdown cell (rationale, evidence, summary), by its text.</item>
/// <item><see cref="Pages"/>: bytes per page, by its template sources and its whole view model.</item>
/// <item><see cref="Links"/>: the link check's scan of each page, by its bytes.</item>
/// <item><see cref="Published"/>: what was written to the output folder, by its bytes, so unchanged files are not read back.</item>
/// </list>
/// </summary>
public sealed class SiteBuildCache
{
    public DocumentCache Data { get; } = new();

    public ChartCache Charts { get; } = new();

    public ChartCache EvidenceCharts { get; } = new();

    public MarkdownCache Markdown { get; } = new();

    public RenderCache Pages { get; } = new();

    public LinkScans Links { get; } = new();

    public PublishedFiles Published { get; } = new();

    internal void BeginBuild()
    {
        Markdown.BeginBuild();
        Pages.BeginBuild();
        Links.BeginBuild();
    }

    /// <summary>After a successful build: forget what it no longer produced.</summary>
    internal void EndBuild()
    {
        Pages.EndBuild();
        Links.EndBuild();
    }
}
