using System.Globalization;
using System.Net;
using System.Text;

namespace Reports.Site.Outputs;

/// <summary>
/// A shields-style badge ("label | value") as a small SVG with a &lt;title&gt; and an accessible name.
/// Text widths are estimated from Verdana's advance widths; <c>textLength</c> makes the estimate exact.
/// </summary>
public static class Badge
{
    public static string Render(string label, string value, string colour)
    {
        var labelWidth = TextWidth(label) + 10;
        var valueWidth = TextWidth(value) + 10;
        var width = labelWidth + valueWidth;
        var title = WebUtility.HtmlEncode(label + ": " + value);
        var labelText = WebUtility.HtmlEncode(label);
        var valueText = WebUtility.HtmlEncode(value);
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"20\" role=\"img\" aria-label=\"{title}\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title>{title}</title>");
        svg.Append("<linearGradient id=\"s\" x2=\"0\" y2=\"100%\"><stop offset=\"0\" stop-color=\"#bbb\" stop-opacity=\".1\"/><stop offset=\"1\" stop-opacity=\".1\"/></linearGradient>");
        svg.Append(CultureInfo.InvariantCulture, $"<clipPath id=\"r\"><rect width=\"{width}\" height=\"20\" rx=\"3\" fill=\"#fff\"/></clipPath>");
        svg.Append(CultureInfo.InvariantCulture, $"<g clip-path=\"url(#r)\"><rect width=\"{labelWidth}\" height=\"20\" fill=\"#555\"/><rect x=\"{labelWidth}\" width=\"{valueWidth}\" height=\"20\" fill=\"{colour}\"/><rect width=\"{width}\" height=\"20\" fill=\"url(#s)\"/></g>");
        svg.Append("<g fill=\"#fff\" text-anchor=\"middle\" font-family=\"Verdana,Geneva,DejaVu Sans,sans-serif\" text-rendering=\"geometricPrecision\" font-size=\"110\">");
        AppendText(svg, labelText, labelWidth / 2m, labelWidth - 10);
        AppendText(svg, valueText, labelWidth + (valueWidth / 2m), valueWidth - 10);
        svg.Append("</g></svg>\n");
        return svg.ToString();
    }

    private static void AppendText(StringBuilder svg, string text, decimal centre, int length)
    {
        // Drawn at ten times the size and scaled down, as shields does, for crisp sub-pixel positioning.
        var x = (centre * 10).ToString("0", CultureInfo.InvariantCulture);
        var textLength = (length * 10).ToString(CultureInfo.InvariantCulture);
        svg.Append(CultureInfo.InvariantCulture, $"<text aria-hidden=\"true\" x=\"{x}\" y=\"150\" fill=\"#010101\" fill-opacity=\".3\" transform=\"scale(.1)\" textLength=\"{textLength}\">{text}</text>");
        svg.Append(CultureInfo.InvariantCulture, $"<text aria-hidden=\"true\" x=\"{x}\" y=\"140\" transform=\"scale(.1)\" fill=\"#fff\" textLength=\"{textLength}\">{text}</text>");
    }

    /// <summary>Approximate width in pixels of <paramref name="text"/> in 11 px Verdana.</summary>
    public static int TextWidth(string text)
    {
        var width = 0m;
        foreach (var c in text)
        {
            width += c switch
            {
                ' ' => 3.9m,
                '.' or ',' or ':' or 'i' or 'l' or 'I' or '|' or '!' => 3.4m,
                'f' or 'j' or 'r' or 't' or '(' or ')' or '-' => 4.6m,
                'm' or 'w' or 'M' or 'W' => 9.5m,
                >= 'A' and <= 'Z' => 7.5m,
                >= '0' and <= '9' => 7m,
                _ => 6.6m,
            };
        }

        return (int)Math.Ceiling(width);
    }
}
