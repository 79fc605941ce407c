using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Reports.Rendering.Templates;

/// <summary>How text becomes HTML, in templates and in the fragments Reports writes itself: one encoder for both.</summary>
public static class HtmlText
{
    // Encodes what HTML needs (< > & ' " …) but leaves letters such as 'é' readable.
    public static HtmlEncoder Encoder { get; } = HtmlEncoder.Create(UnicodeRanges.All);

    public static string Encode(string text) => Encoder.Encode(text);
}
