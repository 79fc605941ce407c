using ScottPlot;
using SkiaSharp;

namespace Reports.Rendering.Charts;

/// <summary>Many markers of one shape and colour drawn as a single path (2,000 incidents stay one SVG element).</summary>
internal sealed class MarkerCloud(MarkerShape shape, Color color, float size) : IPlottable
{
    private readonly List<Coordinates> points = [];

    public bool IsVisible { get; set; } = true;

    public IAxes Axes { get; set; } = new Axes();

    public IEnumerable<LegendItem> LegendItems => LegendItem.None;

    public int Count => points.Count;

    public void Add(double x, double y) => points.Add(new Coordinates(x, y));

    public AxisLimits GetAxisLimits() => AxisLimits.NoLimits;

    /// <summary>The legend entry that matches these markers.</summary>
    public LegendItem ToLegendItem(string label) => new()
    {
        LabelText = label,
        MarkerShape = shape,
        MarkerFillColor = color,
        MarkerLineColor = color,
        MarkerSize = size,
        LineWidth = 0,
    };

    public void Render(RenderPack rp)
    {
        if (points.Count == 0)
        {
            return;
        }

        using SKPath path = new();
        float r = size / 2;
        HashSet<(int, int)> drawn = [];
        foreach (Coordinates point in points)
        {
            Pixel p = Axes.GetPixel(point);

            // Markers landing on the same pixel look like one: draw it once (a decade of incidents crowds each column).
            if (drawn.Add(((int)MathF.Round(p.X), (int)MathF.Round(p.Y))))
            {
                AddShape(path, p.X, p.Y, r);
            }
        }

        using SKPaint paint = new() { Color = color.ToSKColor(), Style = SKPaintStyle.Fill, IsAntialias = true };
        rp.Canvas.DrawPath(path, paint);
    }

    private void AddShape(SKPath path, float x, float y, float r)
    {
        switch (shape)
        {
            case MarkerShape.FilledTriangleUp:
                path.MoveTo(x, y - r);
                path.LineTo(x + (r * 0.9f), y + (r * 0.6f));
                path.LineTo(x - (r * 0.9f), y + (r * 0.6f));
                path.Close();
                break;
            case MarkerShape.FilledDiamond:
                path.MoveTo(x, y - r);
                path.LineTo(x + r, y);
                path.LineTo(x, y + r);
                path.LineTo(x - r, y);
                path.Close();
                break;
            case MarkerShape.FilledSquare:
                path.AddRect(new SKRect(x - (r * 0.8f), y - (r * 0.8f), x + (r * 0.8f), y + (r * 0.8f)));
                break;
            default:
                // An octagon reads as a circle at marker size; Skia would write a true circle as eight curves.
                for (int i = 0; i < 8; i++)
                {
                    double angle = Math.PI * ((2 * i) + 1) / 8;
                    float px = x + (r * 0.9f * (float)Math.Cos(angle));
                    float py = y + (r * 0.9f * (float)Math.Sin(angle));
                    if (i == 0)
                    {
                        path.MoveTo(px, py);
                    }
                    else
                    {
                        path.LineTo(px, py);
                    }
                }

                path.Close();
                break;
        }
    }
}
