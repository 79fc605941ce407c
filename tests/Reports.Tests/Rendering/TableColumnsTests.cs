using Reports.Rendering.Csv;
using Reports.Rendering.Markdown;
using Reports.Rendering.Templates;

namespace Reports.Tests.Rendering;

public sealed class TableColumnsTests
{
    private sealed record Row(string Name, decimal Points);

    private static readonly TableColumns<Row> Columns = new(
        new TableColumn<Row>("Name", r => r.Name),
        new TableColumn<Row>("Points", r => r.Points.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Should_make_a_row_of_cells_per_row_in_order_under_the_headers()
    {
        var table = Columns.Of([new Row("b", 46.25m), new Row("a", 55m)]);

        Assert.Equal(["Name", "Points"], table.Headers);
        Assert.Equal([["b", "46.25"], ["a", "55.00"]], table.Rows);
    }

    [Fact]
    public void Should_refuse_a_table_without_columns() =>
        Assert.Throws<ArgumentException>(() => new TableColumns<Row>());

    [Theory]
    [InlineData("Token bucket &amp; `limit`\n\nSecond  line", "Token bucket & limit Second line")]
    [InlineData("plain", "plain")]
    public void Should_read_a_markdown_cell_as_the_text_a_reader_sees(string markdown, string text) =>
        Assert.Equal(text, HtmlCellText.Of(new TrustedHtml(SafeMarkdown.ToHtml(markdown)) { Markdown = markdown }));

    [Fact]
    public void Should_refuse_html_that_was_not_rendered_from_markdown() =>
        Assert.Throws<ArgumentException>(() => HtmlCellText.Of(new TrustedHtml("<p>made elsewhere</p>")));

    [Fact]
    public void Should_read_no_html_as_an_empty_cell() => Assert.Equal("", HtmlCellText.Of(null));
}
