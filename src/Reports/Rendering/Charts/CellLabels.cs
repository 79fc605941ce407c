using ScottPlot;
using SkiaSharp;

namespace Reports.Rendering.Charts;

/// <summary>Short centred labels in data coordinates (a heatmap cell's score), drawn with the embedded font.</summary>
internal sealed class CellLabels : IPlottable
{
    private readonly List<(Coordinates At, string Text, Color Color)> labels = [];

    public bool IsVisible { get; set; } = true;

    public IAxes Axes { get; set; } = new Axes();

    public IEnumerable<LegendItem> LegendItems => LegendItem.None;

    public float FontSize { get; init; } = ChartStyle.Small;

    public void Add(double x, double y, string text, Color color) => labels.Add((new Coordinates(x, y), text, color));

    public AxisLimits GetAxisLimits() => AxisLimits.NoLimits;

    public void Render(RenderPack rp)
    {
        using SKFont font = new(ChartFont.Typeface, FontSize);
        using SKPaint paint = new() { IsAntialias = true };
        // Centre vertically on the cap height, so a digit sits in the middle of its cell.
        float lift = font.Metrics.CapHeight / 2;
        foreach ((Coordinates at, string text, Color color) in labels)
        {
            Pixel p = Axes.GetPixel(at);
            paint.Color = color.ToSKColor();
            rp.Canvas.DrawText(text, p.X, p.Y + lift, SKTextAlign.Center, font, paint);
        }
    }
}
