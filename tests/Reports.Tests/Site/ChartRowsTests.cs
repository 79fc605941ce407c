using AngleSharp.Html.Parser;
using Reports.Rendering.Charts;
using Reports.Site.Views;

namespace Reports.Tests.Site;

/// <summary>A chart table's rows are written as HTML by code, not a template: cells from the data stay text.</summary>
public class ChartRowsTests
{
    [Fact]
    public void Should_head_each_row_with_its_first_cell_and_keep_hostile_cells_as_text()
    {
        var table = new ChartTable(["Incident", "Days"], [["<script>alert(1)</script> & \"INC-1\"", "3"], ["INC-2", "<b>5</b>"]]);

        var html = ChartRows.Html(table).Value;
        var body = new HtmlParser().ParseDocument("<table><tbody>" + html + "</tbody></table>").QuerySelector("tbody")!;

        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
        Assert.Empty(body.QuerySelectorAll("script, b"));
        var rows = body.QuerySelectorAll("tr");
        Assert.Equal(2, rows.Length);
        Assert.Equal(["<script>alert(1)</script> & \"INC-1\"", "INC-2"], rows.Select(r => r.QuerySelector("th[scope=row]")!.TextContent));
        Assert.Equal(["3", "<b>5</b>"], rows.Select(r => r.QuerySelector("td.num")!.TextContent));
    }

    [Fact]
    public void Should_label_each_number_with_its_column_so_a_row_reads_as_a_card_on_a_phone()
    {
        var table = new ChartTable(["Week of", "Sev-1 & \"Sev-2\"", "Total"], [["2026-02-17", "0", "3"]]);

        var html = ChartRows.Html(table).Value;
        var cells = new HtmlParser().ParseDocument("<table><tbody>" + html + "</tbody></table>").QuerySelectorAll("td");

        Assert.Equal(["Sev-1 & \"Sev-2\"", "Total"], cells.Select(c => c.GetAttribute("data-label")));
    }

    [Fact]
    public void Should_write_a_chart_tables_rows_once()
    {
        var table = new ChartTable(["Week", "Total"], [["2026-02-17", "46.25"]]);

        Assert.Same(ChartRows.Html(table), ChartRows.Html(table));
    }
}
