namespace Reports.Rendering.Charts;

/// <summary>
/// One chart to draw: holds only the data that chart reads (copied out of the report), so that its cache key
/// and its SVG are both functions of that data and nothing else.
/// </summary>
internal abstract class ChartJob
{
    /// <summary>Bump when a change to the drawing code should invalidate every cached chart.</summary>
    private const string RendererVersion = "2";

    public abstract string Slug { get; }

    /// <summary>Rough drawing cost (marks to draw), used only to start the slowest charts first.</summary>
    public abstract int Cost { get; }

    /// <summary>SHA-256 of the renderer version, the chart kind and its inputs.</summary>
    public string Key
    {
        get
        {
            CanonicalInputs inputs = new CanonicalInputs()
                .Add("renderer", RendererVersion)
                .Add("kind", GetType().Name)
                .Add("slug", Slug);
            Describe(inputs);
            return inputs.Hash();
        }
    }

    /// <summary>The desktop variant with the phone variant beside it: the same chart at two sizes of one style.</summary>
    public Chart Render() => Draw(DesktopSize) with { NarrowSvg = Draw(ChartSize.Narrow).Svg };

    /// <summary>The size the desktop variant is drawn at: across the column unless the chart is one of several panels.</summary>
    protected virtual ChartSize DesktopSize => ChartSize.Wide;

    /// <summary>Draws the chart at one size; labels and ticks may be fewer at <see cref="ChartSize.Narrow"/>, the text never smaller.</summary>
    protected abstract Chart Draw(ChartSize size);

    /// <summary>Writes every input the chart reads, in a fixed order.</summary>
    protected abstract void Describe(CanonicalInputs inputs);
}
