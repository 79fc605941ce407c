using ScottPlot;

namespace Reports.Rendering.Charts;

/// <summary>A chart with nothing to plot still publishes: its title and a sentence saying why it is empty.</summary>
internal static class EmptyChart
{
    public static Chart Render(string slug, string title, string message, int width, int height, IReadOnlyList<string> headers)
    {
        using ChartCanvas canvas = new(width, height, title);
        canvas.Plot.HideAxesAndGrid();
        canvas.Plot.Axes.Title.IsVisible = true;
        canvas.Limits(-1, 1, -1, 1);
        canvas.Note(message, 0, 0, Alignment.MiddleCenter, ChartPalette.Text, ChartCanvas.LabelFontSize);
        string alt = message + ".";
        return new Chart(slug, title, canvas.ToSvg(slug, title, alt), alt, new ChartTable(headers, []));
    }
}
