using Reports.Rendering.Charts;
using Reports.Rendering.Csv;

namespace Reports.Tests.Rendering;

public sealed class TableCsvTests
{
    [Fact]
    public void Should_write_the_header_then_each_row_quoting_what_needs_quotes()
    {
        var table = new ChartTable(["Week of", "Opened"], [["2026-02-17", "INC-1 (Sev-1), INC-2 (Sev-2)"], ["2026-02-18", "say \"hi\""]]);

        Assert.Equal("Week of,Opened\n2026-02-17,\"INC-1 (Sev-1), INC-2 (Sev-2)\"\n2026-02-18,\"say \"\"hi\"\"\"\n", TableCsv.Write(table));
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")")]
    [InlineData("+8.75")]
    [InlineData("-1.25")]
    [InlineData("@SUM(A1)")]
    [InlineData("\tcmd")]
    [InlineData("\rcmd")]
    public void Should_prefix_a_cell_a_spreadsheet_would_run_as_a_formula(string cell)
    {
        var csv = TableCsv.Write(new ChartTable(["Change"], [[cell]]));
        var line = csv.Split('\n')[1];

        Assert.StartsWith("\"'", line, StringComparison.Ordinal);
        Assert.Contains(cell.Replace("\"", "\"\"", StringComparison.Ordinal), line, StringComparison.Ordinal);
    }
}
