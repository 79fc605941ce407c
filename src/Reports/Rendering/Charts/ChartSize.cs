namespace Reports.Rendering.Charts;

/// <summary>
/// The widths charts are drawn at. Every chart is drawn twice: at its desktop width and at <see cref="Narrow"/>, for
/// phones; the page picks one with a media query (<see cref="NarrowMedia"/>) and never stretches either. Drawing a
/// narrow variant, rather than letting one SVG scale, is what keeps text the same size on screen: a viewBox scales
/// glyphs with everything else, and CSS inside an SVG shown as an image cannot re-flow labels Skia has placed.
/// </summary>
/// <param name="Width">Pixels the chart is drawn at, and the widest it is shown at.</param>
/// <param name="IsNarrow">The phone variant: fewer ticks, shorter labels.</param>
public sealed record ChartSize(int Width, bool IsNarrow)
{
    /// <summary>A chart across the page column (the column is 72rem less padding, so 880 px fits at every desktop width).</summary>
    public static readonly ChartSize Wide = new(880, false);

    /// <summary>One of a pair of small multiples side by side across <see cref="Wide"/>, 20 px apart.</summary>
    public static readonly ChartSize Panel = new(430, false);

    /// <summary>Phones: fits the 343 px column of a 375 px screen without scaling.</summary>
    public static readonly ChartSize Narrow = new(340, true);

    /// <summary>
    /// The desktop variant is shown from this viewport width up. Below it the page column (viewport − 32 px) would shrink an
    /// 880 px chart under <see cref="MinimumScale"/>; the narrow variant is shown instead, at its own size.
    /// </summary>
    public const int WideFromViewport = 848;

    /// <summary>The media query under which pages show the narrow variant.</summary>
    public const string NarrowMedia = "(max-width: 847px)";

    /// <summary>The least a chart is scaled by on screen: an 880 px chart in the 816 px column at <see cref="WideFromViewport"/>.</summary>
    public const float MinimumScale = (WideFromViewport - 32) / 880f;

    /// <summary>A length for this size: the desktop one or the phone one.</summary>
    public int Pick(int wide, int narrow) => IsNarrow ? narrow : wide;
}
