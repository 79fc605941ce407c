using Reports.Rendering.Templates;

namespace Reports.Site.Models;

/// <summary>A chart as placed on a page: the SVG file, its text alternative and its numbers as a table.</summary>
/// <param name="Src">Root-relative path of the SVG, e.g. <c>charts/total-trend.svg</c>.</param>
/// <param name="Width">The SVG's intrinsic width (0 when unknown), so the page reserves its space before it loads.</param>
/// <param name="Rows">The table's body, a list of cells per row.</param>
/// <param name="RowsHtml">The latest <see cref="ShownRows"/> of them as HTML table rows (<see cref="Views.ChartRows"/>), what the shipped theme prints.</param>
/// <param name="Collapsed">True when the table is long enough to sit inside a closed &lt;details&gt;.</param>
/// <param name="Narrow">The phone variant, shown under <see cref="NarrowMedia"/>; null when the chart has none.</param>
/// <param name="Csv">Root-relative path of the numbers as CSV, e.g. <c>charts/total-trend.csv</c>; empty when there are none.</param>
/// <param name="Empty">Nothing to plot: pages say <see cref="AltText"/> in a sentence instead of showing the chart.</param>
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
    bool Collapsed,
    ChartVariant? Narrow = null,
    bool Empty = false,
    string Csv = "")
{
    /// <summary>The media query under which pages show <see cref="Narrow"/>.</summary>
    public string NarrowMedia => Rendering.Charts.ChartSize.NarrowMedia;

    /// <summary>How many rows <see cref="RowsHtml"/> holds: the latest <see cref="Views.ShownRows.Weeks"/>, or all.</summary>
    public int ShownRows => Math.Min(Rows.Count, Views.ShownRows.Weeks);
}
