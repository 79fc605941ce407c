namespace Reports.Rendering.Charts;

/// <summary>A rendered chart: deterministic SVG markup plus what it shows in words and numbers.</summary>
/// <param name="Slug">File-name stem, e.g. <c>total-trend</c> (written as <c>charts/total-trend.svg</c>).</param>
/// <param name="AltText">One or two sentences saying what the chart shows, e.g. "Total rose from 46.25 to 55.00".</param>
public sealed record Chart(string Slug, string Title, string Svg, string AltText, ChartTable Table);
