namespace Reports.Rendering.Charts;

/// <summary>
/// The one type scale every chart is drawn with. A chart is an image, so its text scales with it: the sizes here
/// are what a reader sees only because every chart is shown at (or just under) the width it was drawn at, see
/// <see cref="ChartSize"/>. Nothing in a chart is drawn smaller than <see cref="Small"/>.
/// </summary>
public static class ChartStyle
{
    /// <summary>Tick labels, legend entries, notes on the plot, threshold names: the smallest text in any chart.</summary>
    public const float Small = 12;

    /// <summary>Axis titles and the sentence an empty chart shows.</summary>
    public const float Body = 13;

    /// <summary>
    /// The smallest text a reader may get, in CSS pixels. A chart is shown at no less than
    /// <see cref="ChartSize.MinimumScale"/> of its drawn width, so <see cref="Small"/> × that scale stays at or above it.
    /// </summary>
    public const float MinimumRendered = 11;
}
