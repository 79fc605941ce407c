using ScottPlot;
using SkiaSharp;

namespace Reports.Rendering.Charts;

/// <summary>
/// A ScottPlot plot in the site's style (embedded font, Okabe–Ito colours, white background, explicit ticks)
/// and the one way charts leave it: as finished, deterministic SVG.
/// </summary>
internal sealed class ChartCanvas : IDisposable
{
    /// <param name="size">The width drawn at, from the one size system every chart uses.</param>
    /// <remarks>No title is drawn: the page names every chart in its heading and caption, and the SVG carries it as &lt;title&gt;.</remarks>
    public ChartCanvas(ChartSize size, int height)
    {
        // Register the embedded font before ScottPlot creates any label: new labels take its defaults, and
        // its resolver list must not change while another thread's plot is reading it.
        _ = ChartFont.Typeface;
        Plot = new Plot();
        Size = size;
        Width = size.Width;
        Height = height;
        Plot.FigureBackground.Color = ChartPalette.Background;
        Plot.DataBackground.Color = ChartPalette.Background;
        Plot.Grid.MajorLineColor = ChartPalette.Grid;
        Plot.Grid.MajorLineWidth = 1;
        Plot.Grid.XAxisStyle.IsVisible = false;

        Plot.Axes.Title.IsVisible = false;
        foreach (IAxis axis in Plot.Axes.GetAxes())
        {
            Style(axis.Label, ChartStyle.Body, ChartPalette.Text);
            Style(axis.TickLabelStyle, ChartStyle.Small, ChartPalette.Text);
            axis.FrameLineStyle.Color = ChartPalette.Axis;
            axis.MajorTickStyle.Color = ChartPalette.Axis;
            axis.MinorTickStyle.Length = 0;
        }

        Plot.Axes.Top.FrameLineStyle.IsVisible = false;
        Plot.Axes.Right.FrameLineStyle.IsVisible = false;

        // No axis may fall back to ScottPlot's automatic ticks, which format numbers with the current culture.
        foreach (IAxis axis in Plot.Axes.GetAxes())
        {
            axis.TickGenerator = new ScottPlot.TickGenerators.EmptyTickGenerator();
        }

        Plot.Legend.FontName = ChartFont.Name;
        Plot.Legend.FontSize = ChartStyle.Small;
        Plot.Legend.FontColor = ChartPalette.Text;
        Plot.Legend.DisplayPlottableLegendItems = false;
        Plot.Legend.IsVisible = false;
    }

    public Plot Plot { get; }

    public ChartSize Size { get; }

    public int Width { get; }

    public int Height { get; }

    public static void Style(LabelStyle label, float size, Color color)
    {
        ChartFont.Apply(label);
        label.FontSize = size;
        label.ForeColor = color;
    }

    public void AxisLabels(string x, string y)
    {
        Plot.Axes.Bottom.Label.Text = ChartText.Clean(x);
        Plot.Axes.Left.Label.Text = ChartText.Clean(y);
    }

    /// <summary>Explicit ticks only: ScottPlot's automatic ones format with the current culture.</summary>
    public void Ticks(IEnumerable<Tick> x, IEnumerable<Tick> y)
    {
        Plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual([.. x]);
        Plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual([.. y]);
    }

    public void Limits(double left, double right, double bottom, double top)
    {
        Plot.Axes.SetLimits(left, right, bottom, top);
        Plot.Axes.SetLimitsY(bottom, top, Plot.Axes.Right);
    }

    /// <summary>
    /// Labels in the right margin at given heights (the thresholds' names), level with their lines and clear
    /// of the data; call <see cref="Limits"/> too, which keeps the right axis on the left one's scale.
    /// </summary>
    public void RightLabels(IEnumerable<Tick> labels)
    {
        Tick[] ticks = [.. labels];
        Plot.Axes.Right.TickGenerator = new ScottPlot.TickGenerators.NumericManual(ticks);

        // ScottPlot sizes the margin a little under what the embedded font draws; at phone width that clipped the
        // labels' ends. Measure them with the font itself and reserve that, plus the tick and a gap.
        using SKFont font = new(ChartFont.Typeface, ChartStyle.Small);
        float widest = ticks.Select(t => font.MeasureText(t.Label)).DefaultIfEmpty(0).Max();
        Plot.Axes.Right.MinimumSize = widest + 14;
    }

    /// <summary>
    /// One dashed line per distinct value, named in the right margin; names sharing a value share a label
    /// ("85 enter validation / freeze below").
    /// </summary>
    /// <remarks>A shared line takes the colour of the first threshold listed for its value.</remarks>
    /// <param name="withValues">False leaves the value out of the label ("validation"), where the axis shows it.</param>
    public void Thresholds(IEnumerable<(decimal Value, string Name, Color Color)> thresholds, bool withValues = true)
    {
        var groups = thresholds.GroupBy(t => t.Value).OrderBy(g => g.Key).ToArray();
        List<Tick> labels = [];
        for (int i = 0; i < groups.Length; i++)
        {
            double y = (double)groups[i].Key;
            var line = Plot.Add.HorizontalLine(y, 1.5f, groups[i].First().Color, LinePattern.Dashed);
            line.ExcludeFromLegend = true;
            string names = string.Join(" / ", groups[i].Select(t => t.Name).Distinct());
            labels.Add(Tick.Major(y, withValues ? Invariant.Number(groups[i].Key) + " " + names : names));
        }

        RightLabels(labels);
    }

    /// <summary>A legend in a row under the plot, in the order given.</summary>
    public void LegendBelow(IEnumerable<LegendItem> items)
    {
        foreach (LegendItem item in items)
        {
            Style(item.LabelStyle, ChartStyle.Small, ChartPalette.Text);
            Plot.Legend.ManualItems.Add(item);
        }

        Plot.Legend.Orientation = Orientation.Horizontal;
        Plot.Legend.TightHorizontalWrapping = true;
        Plot.Legend.OutlineWidth = 0;
        Plot.Legend.ShadowColor = Colors.Transparent;
        Plot.Legend.BackgroundColor = Colors.Transparent;
        ScottPlot.Panels.LegendPanel panel = Plot.ShowLegend(Edge.Bottom);
        panel.Padding = new PixelPadding(0, 0, 8, 4);
    }

    /// <summary>Text placed in data coordinates, e.g. a threshold's label.</summary>
    public ScottPlot.Plottables.Text Note(string text, double x, double y, Alignment alignment, Color color, float size = ChartStyle.Small)
    {
        ScottPlot.Plottables.Text note = Plot.Add.Text(ChartText.Clean(text), x, y);
        Style(note.LabelStyle, size, color);
        note.LabelStyle.Alignment = alignment;

        // A line or marker passing behind a label must not make it unreadable.
        note.LabelStyle.BackgroundColor = ChartPalette.Background.WithAlpha(0.85);
        note.LabelStyle.Padding = 2;
        return note;
    }

    /// <summary>Draws the plot into Skia's SVG device and finishes the markup.</summary>
    public string ToSvg(string slug, string title, string description)
    {
        // ScottPlot draws a plot twice on its first render (axis limits "changed" from nothing); a pass on a
        // canvas that draws nothing settles them, so the SVG holds one copy of the chart.
        Plot.RenderManager.ClearCanvasBeforeEachRender = false;
        // Limits are always set explicitly, so the plottables play no part in that pass: hide them for it.
        IPlottable[] shown = [.. Plot.PlottableList.Where(p => p.IsVisible)];
        Array.ForEach(shown, p => p.IsVisible = false);
        using (SKNoDrawCanvas settle = new(Width, Height))
        {
            Plot.Render(settle, Width, Height);
        }

        Array.ForEach(shown, p => p.IsVisible = true);

        using MemoryStream stream = new();
        using (SKCanvas canvas = SKSvgCanvas.Create(new SKRect(0, 0, Width, Height), stream))
        {
            Plot.Render(canvas, Width, Height);
        }

        string raw = System.Text.Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);
        return SvgFinisher.Finish(raw, slug, ChartText.Clean(title), ChartText.Clean(description));
    }

    public void Dispose() => Plot.Dispose();
}
