namespace Reports.Rendering.Charts;

/// <summary>A rendered chart: deterministic SVG markup plus what it shows in words and numbers.</summary>
/// <param name="Slug">File-name stem, e.g. <c>total-trend</c> (written as <c>charts/total-trend.svg</c>).</param>
/// <param name="Svg">The desktop variant, drawn at <see cref="ChartSize.Wide"/> or <see cref="ChartSize.Panel"/>.</param>
/// <param name="AltText">One or two sentences saying what the chart shows, e.g. "Total rose from 46.25 to 55.00".</param>
public sealed record Chart(string Slug, string Title, string Svg, string AltText, ChartTable Table)
{
    /// <summary>Where the phone variant is published, beside the desktop one's <c>charts/slug.svg</c>.</summary>
    public const string NarrowFolder = "charts/narrow/";

    /// <summary>Where the chart's numbers are published as CSV: beside its SVG, whichever pages show it.</summary>
    public string CsvPath => "charts/" + Slug + ".csv";

    /// <summary>The phone variant, drawn at <see cref="ChartSize.Narrow"/>; empty for a chart built without one.</summary>
    public string NarrowSvg { get; init; } = string.Empty;

    /// <summary>True when there was nothing to plot: the chart is a sentence, better said as text on the page.</summary>
    public bool IsEmpty { get; init; }
}
