using System.Globalization;
using System.Text.RegularExpressions;

namespace Reports.Site.Views;

/// <summary>Reads an SVG's intrinsic size from its root element (width/height, else the viewBox) without parsing it all.</summary>
public static partial class SvgSize
{
    public static (int Width, int Height) Of(string svg)
    {
        var root = RootTag().Match(svg);
        if (!root.Success)
        {
            return (0, 0);
        }

        var tag = root.Value;
        var width = Number(Attribute(tag, "width"));
        var height = Number(Attribute(tag, "height"));
        if (width > 0 && height > 0)
        {
            return (width, height);
        }

        var viewBox = Attribute(tag, "viewBox")?.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries);
        return viewBox is { Length: 4 } ? (Number(viewBox[2]), Number(viewBox[3])) : (0, 0);
    }

    private static string? Attribute(string tag, string name)
    {
        var match = Regex.Match(tag, "\\s" + name + "\\s*=\\s*[\"']([^\"']*)[\"']", RegexOptions.CultureInvariant);
        return match.Success ? match.Groups[1].Value : null;
    }

    private static int Number(string? text)
    {
        if (text is null)
        {
            return 0;
        }

        var digits = text.Trim().TrimEnd('x', 'p');
        return decimal.TryParse(digits, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value > 0
            ? (int)Math.Round(value, MidpointRounding.AwayFromZero)
            : 0;
    }

    [GeneratedRegex("<svg\\b[^>]*>", RegexOptions.CultureInvariant)]
    private static partial Regex RootTag();
}
