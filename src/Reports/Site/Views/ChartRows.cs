using System.Runtime.CompilerServices;
using System.Text;
using Reports.Rendering.Charts;
using Reports.Rendering.Templates;

namespace Reports.Site.Views;

/// <summary>
/// The body rows of a chart's table as HTML, the latest <see cref="ShownRows.Weeks"/> of them (the CSV beside the chart
/// has all): the first cell of each row heads it, the others are numbers. Written
/// here rather than looped over in a template because the Trends page has ten tables of a row per week, and at ten
/// years that was most of a rebuild; made once per chart, which the chart cache keeps while its data is unchanged.
/// </summary>
public static class ChartRows
{
    private static readonly ConditionalWeakTable<ChartTable, TrustedHtml> Made = [];

    public static TrustedHtml Html(ChartTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        return Made.GetValue(table, Write);
    }

    private static TrustedHtml Write(ChartTable table)
    {
        var html = new StringBuilder();
        foreach (var row in ShownRows.Last(table.Rows, ShownRows.Weeks))
        {
            html.Append("\n      <tr>");
            for (var i = 0; i < row.Count; i++)
            {
                // A cell names its column, so the row reads as a labelled card on a phone.
                (i == 0 ? html.Append("<th scope=\"row\">")
                    : html.Append("<td class=\"num\" data-label=\"").Append(HtmlText.Encode(Header(table, i))).Append("\">"))
                    .Append(HtmlText.Encode(row[i]))
                    .Append(i == 0 ? "</th>" : "</td>");
            }

            html.Append("</tr>");
        }

        return new TrustedHtml(html.ToString());
    }

    private static string Header(ChartTable table, int column) => column < table.Headers.Count ? table.Headers[column] : string.Empty;
}
