using ScottPlot;
using SkiaSharp;

namespace Reports.Rendering.Charts;

/// <summary>
/// The one typeface every chart label is measured and drawn with: DejaVu Sans, embedded in the assembly,
/// so label widths (and therefore every coordinate in the SVG) are the same on every machine.
/// </summary>
internal static class ChartFont
{
    /// <summary>
    /// The name charts ask ScottPlot for. No machine has a font of this name installed, so only the
    /// embedded resolver can answer it: a label that escaped registration would show up in a test as a
    /// different family instead of quietly matching an installed DejaVu.
    /// </summary>
    public const string Name = "Reports Chart Sans";

    /// <summary>Family name inside the embedded file; Skia writes it into the SVG's font-family.</summary>
    public const string EmbeddedFamily = "DejaVu Sans";

    /// <summary>
    /// What viewers are asked for. Glyph positions in the SVG are absolute, so a viewer without DejaVu
    /// only changes glyph shapes; Bitstream Vera and Verdana share its proportions.
    /// </summary>
    public const string CssFamily = "'DejaVu Sans', 'Bitstream Vera Sans', Verdana, sans-serif";

    private const string ResourceName = "Reports.Rendering.Charts.Fonts.DejaVuSans.ttf";

    private static readonly Lazy<SKTypeface> Registered = new(Register, LazyThreadSafetyMode.ExecutionAndPublication);

    public static SKTypeface Typeface => Registered.Value;

    /// <summary>Applies the embedded typeface to a label: callers set size and colour.</summary>
    public static void Apply(LabelStyle label)
    {
        label.FontName = Name;
        label.Font = Typeface;
        label.Bold = false;
        label.Italic = false;
    }

    private static SKTypeface Register()
    {
        using Stream stream = typeof(ChartFont).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded font '{ResourceName}' is missing from the assembly.");
        SKData data = SKData.Create(stream);
        SKTypeface typeface = SKTypeface.FromData(data)
            ?? throw new InvalidOperationException($"Embedded font '{ResourceName}' could not be read.");
        if (!string.Equals(typeface.FamilyName, EmbeddedFamily, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Embedded font is '{typeface.FamilyName}', expected '{EmbeddedFamily}'.");
        }

        // ScottPlot's resolver list is a plain static list: register once, first, under a lock.
        lock (Fonts.FontResolvers)
        {
            Fonts.FontResolvers.Insert(0, new EmbeddedFontResolver(Name, typeface));
        }

        // Labels ScottPlot creates itself (legend entries, tick labels) start from these defaults.
        Fonts.Default = Name;
        Fonts.DefaultFontStyle = typeface;
        return typeface;
    }
}
