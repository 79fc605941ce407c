namespace Reports.Site.Models;

/// <summary>One more size of a chart (the phone variant): its file and intrinsic size.</summary>
/// <param name="Src">Root-relative path of the SVG, e.g. <c>charts/narrow/total-trend.svg</c>.</param>
public sealed record ChartVariant(string Src, int Width, int Height);
