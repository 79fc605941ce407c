using Reports.Pipeline;
using Reports.Rendering.Charts;
using Reports.Rendering.Csv;

namespace Reports.Site.Modules;

/// <summary>The files a drawn chart publishes, whichever page shows it: its SVG, its phone variant and its numbers as CSV.</summary>
internal static class ChartFiles
{
    public static IEnumerable<Document> Of(IEnumerable<Chart> charts) => charts.SelectMany(Of);

    private static IEnumerable<Document> Of(Chart chart)
    {
        yield return Document.FromText(chart.Svg, "charts/" + chart.Slug + ".svg");
        if (chart.NarrowSvg.Length > 0)
        {
            yield return Document.FromText(chart.NarrowSvg, Chart.NarrowFolder + chart.Slug + ".svg");
        }

        if (chart.Table.Rows.Count > 0)
        {
            yield return Document.FromText(TableCsv.Write(chart.Table), chart.CsvPath);
        }
    }
}
