using System.Xml.Linq;

namespace Reports.Rendering.Charts;

/// <summary>
/// Checks that a finished chart is safe to inline in a page or serve as a file: only drawing elements,
/// no scripts or event handlers, nothing fetched from elsewhere. A violation is a bug in the renderer.
/// </summary>
internal static class SvgSafety
{
    private static readonly HashSet<string> AllowedElements = new(StringComparer.Ordinal)
    {
        "svg", "title", "desc", "defs", "g", "clipPath", "path", "rect", "circle", "ellipse",
        "line", "polyline", "polygon", "text", "tspan",
    };

    public static void Check(XElement root)
    {
        foreach (XElement element in root.DescendantsAndSelf())
        {
            if (element.Name.Namespace != SvgFinisher.SvgNamespace || !AllowedElements.Contains(element.Name.LocalName))
            {
                throw new InvalidOperationException($"Chart SVG contains a disallowed element <{element.Name}>.");
            }

            foreach (XAttribute attribute in element.Attributes())
            {
                CheckAttribute(element, attribute);
            }
        }
    }

    private static void CheckAttribute(XElement element, XAttribute attribute)
    {
        if (attribute.IsNamespaceDeclaration)
        {
            if (attribute.Value != SvgFinisher.SvgNamespace.NamespaceName)
            {
                throw new InvalidOperationException($"Chart SVG declares namespace '{attribute.Value}'.");
            }

            return;
        }

        string name = attribute.Name.LocalName;
        if (attribute.Name.Namespace != XNamespace.None
            || name.StartsWith("on", StringComparison.OrdinalIgnoreCase)
            || name.Equals("href", StringComparison.OrdinalIgnoreCase)
            || name.Equals("style", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"Chart SVG <{element.Name.LocalName}> has a disallowed attribute '{attribute.Name}'.");
        }

        string value = attribute.Value;
        if (value.Contains("url(", StringComparison.OrdinalIgnoreCase) && !value.StartsWith("url(#", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Chart SVG references something outside the document: '{value}'.");
        }

        if (value.Contains(':', StringComparison.Ordinal) && LooksLikeScheme(value))
        {
            throw new InvalidOperationException($"Chart SVG attribute '{name}' holds a URL: '{value}'.");
        }
    }

    private static bool LooksLikeScheme(string value) =>
        value.Contains("http:", StringComparison.OrdinalIgnoreCase)
        || value.Contains("https:", StringComparison.OrdinalIgnoreCase)
        || value.Contains("javascript:", StringComparison.OrdinalIgnoreCase)
        || value.Contains("data:", StringComparison.OrdinalIgnoreCase)
        || value.Contains("file:", StringComparison.OrdinalIgnoreCase);
}
