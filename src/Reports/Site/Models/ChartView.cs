using Reports.Rendering.Templates;

namespace Reports.Site.Models;

/// <summary>A chart as placed on a page: the SVG file, its text alternative and its numbers as a table.</summary>
/// <param name="Src">Root-relative path of the SVG, e.g. <c>charts/total-trend.svg</c>.</param>
/// <param name="Width">The SVG's intrinsic width (0 when unknown), so the page reserves its space before it loads.</param>
/// <param name="Rows">The table's body, a list of cells per row.</param>
/// <param name="RowsHtml">The same rows as HTML table rows (<see cref="Views.ChartRows"/>), what the shipped theme prints.</param>
/// <param name="Collapsed">True when the table is long enough to sit inside a closed &lt;details&gt;.</param>
public sealed record ChartView(
    string Slug,
    string Src,
    string Title,
    string AltText,
    int Width,
    int Height,
    IReadOnlyList<string> Headers,
    IReadOnlyList<IReadOnlyList<string>> Rows,
    TrustedHtml RowsHtml,
    bool Collapsed);
