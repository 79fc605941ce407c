using ScottPlot;
using SkiaSharp;

namespace Reports.Rendering.Charts;

/// <summary>
/// Many rectangles of one colour drawn as a single path, so a 520-week heatmap or histogram is one SVG
/// element per colour instead of thousands.
/// </summary>
internal sealed class FilledRectangles(Color color) : IPlottable
{
    private readonly List<CoordinateRect> rectangles = [];

    /// <summary>Pixels trimmed from every side, leaving a white gap between neighbouring cells.</summary>
    public float Inset { get; init; }

    public bool IsVisible { get; set; } = true;

    public IAxes Axes { get; set; } = new Axes();

    public IEnumerable<LegendItem> LegendItems => LegendItem.None;

    public int Count => rectangles.Count;

    public void Add(double left, double right, double bottom, double top) =>
        rectangles.Add(new CoordinateRect(left, right, bottom, top));

    public AxisLimits GetAxisLimits() => AxisLimits.NoLimits;

    public void Render(RenderPack rp)
    {
        if (rectangles.Count == 0)
        {
            return;
        }

        using SKPath path = new();
        foreach (CoordinateRect rectangle in rectangles)
        {
            PixelRect pixels = Axes.GetPixelRect(rectangle);
            path.AddRect(new SKRect(pixels.Left + Inset, pixels.Top + Inset, pixels.Right - Inset, pixels.Bottom - Inset));
        }

        using SKPaint paint = new() { Color = color.ToSKColor(), Style = SKPaintStyle.Fill, IsAntialias = true };
        rp.Canvas.DrawPath(path, paint);
    }
}
