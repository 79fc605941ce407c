using ScottPlot;
using SkiaSharp;

namespace Reports.Rendering.Charts;

/// <summary>Answers ScottPlot's typeface requests for one font name with one embedded typeface, whatever the style.</summary>
/// <remarks>Bold and italic are never requested (charts set them off), so one file serves every label.</remarks>
internal sealed class EmbeddedFontResolver(string name, SKTypeface typeface) : IFontResolver
{
    public SKTypeface? CreateTypeface(string fontName, FontWeight weight, FontSlant slant, FontSpacing spacing) =>
        string.Equals(fontName, name, StringComparison.Ordinal) ? typeface : null;

    public SKTypeface? CreateTypeface(string fontName, bool bold, bool italic) =>
        string.Equals(fontName, name, StringComparison.Ordinal) ? typeface : null;
}
