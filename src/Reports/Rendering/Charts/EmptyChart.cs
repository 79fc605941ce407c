using ScottPlot;

namespace Reports.Rendering.Charts;

/// <summary>A chart with nothing to plot still publishes: its title and a sentence saying why it is empty.</summary>
internal static class EmptyChart
{
    public static Chart Render(string slug, string title, string message, ChartSize size, int height, IReadOnlyList<string> headers)
    {
        using ChartCanvas canvas = new(size, height);
        canvas.Plot.HideAxesAndGrid();
        canvas.Limits(-1, 1, -1, 1);
        canvas.Note(message, 0, 0, Alignment.MiddleCenter, ChartPalette.Text, ChartStyle.Body);
        string alt = message + ".";
        return new Chart(slug, title, canvas.ToSvg(slug, title, alt), alt, new ChartTable(headers, [])) { IsEmpty = true };
    }
}
