using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace Reports.Rendering.Charts;

/// <summary>
/// Turns Skia's SVG into the published one: ids that depend only on the document, rounded coordinates,
/// the embedded font's family with fallbacks, a title and description for screen readers, a viewBox so
/// the chart scales, and a safety check. Works on the XML tree, never on the text.
/// </summary>
internal static class SvgFinisher
{
    public static readonly XNamespace SvgNamespace = "http://www.w3.org/2000/svg";

    private static readonly HashSet<string> GeometryAttributes = new(StringComparer.Ordinal)
    {
        "d", "x", "y", "width", "height", "cx", "cy", "rx", "ry", "r", "x1", "y1", "x2", "y2", "points",
        "transform", "stroke-width", "stroke-miterlimit", "stroke-dasharray", "stroke-dashoffset", "font-size",
    };

    private static readonly HashSet<string> OpacityAttributes = new(StringComparer.Ordinal)
    {
        "opacity", "fill-opacity", "stroke-opacity",
    };

    public static string Finish(string skiaSvg, string slug, string title, string description)
    {
        XDocument document = XDocument.Parse(skiaSvg);
        XElement root = document.Root ?? throw new InvalidOperationException("Skia produced an empty SVG.");
        RenumberIds(root, slug);
        foreach (XElement element in root.DescendantsAndSelf())
        {
            TidyAttributes(element);
        }

        foreach (XElement text in root.Descendants(SvgNamespace + "text"))
        {
            TidyText(text);
        }

        Describe(root, slug, title, description);
        root.Attributes().Where(a => a.IsNamespaceDeclaration && a.Value != SvgNamespace.NamespaceName).Remove();
        SvgSafety.Check(root);
        return Write(root);
    }

    /// <summary>
    /// Skia numbers clip paths from a process-wide counter, so the same chart drawn twice gets different ids.
    /// Renumber in order of appearance, prefixed by the slug so charts inlined on one page never collide.
    /// </summary>
    private static void RenumberIds(XElement root, string slug)
    {
        Dictionary<string, string> renamed = new(StringComparer.Ordinal);
        foreach (XAttribute id in root.DescendantsAndSelf().Select(e => e.Attribute("id")).OfType<XAttribute>())
        {
            string fresh = slug + "-" + (renamed.Count + 1).ToString(CultureInfo.InvariantCulture);
            renamed.Add(id.Value, fresh);
            id.Value = fresh;
        }

        foreach (XAttribute attribute in root.DescendantsAndSelf().Attributes())
        {
            if (attribute.Name != "id" && attribute.Value.Contains("url(#", StringComparison.Ordinal))
            {
                attribute.Value = RenameReferences(attribute.Value, renamed);
            }
        }
    }

    private static string RenameReferences(string value, Dictionary<string, string> renamed)
    {
        StringBuilder result = new();
        int at = 0;
        while (true)
        {
            int open = value.IndexOf("url(#", at, StringComparison.Ordinal);
            if (open < 0)
            {
                return result.Append(value, at, value.Length - at).ToString();
            }

            int close = value.IndexOf(')', open);
            if (close < 0)
            {
                throw new InvalidOperationException($"Unterminated reference in '{value}'.");
            }

            string target = value[(open + 5)..close];
            if (!renamed.TryGetValue(target, out string? fresh))
            {
                throw new InvalidOperationException($"Reference to missing id '{target}'.");
            }

            result.Append(value, at, open - at).Append("url(#").Append(fresh).Append(')');
            at = close + 1;
        }
    }

    private static void TidyAttributes(XElement element)
    {
        foreach (XAttribute attribute in element.Attributes().Where(a => !a.IsNamespaceDeclaration))
        {
            string name = attribute.Name.LocalName;
            if (GeometryAttributes.Contains(name))
            {
                // Skia ends glyph position lists with ", ".
                attribute.Value = SvgNumbers.Round(attribute.Value.TrimEnd(' ', ','), 2);
            }
            else if (OpacityAttributes.Contains(name))
            {
                attribute.Value = SvgNumbers.Round(attribute.Value, 3);
            }
            else if (name == "font-family")
            {
                if (attribute.Value != ChartFont.EmbeddedFamily)
                {
                    throw new InvalidOperationException(
                        $"A chart label was drawn with '{attribute.Value}' instead of the embedded {ChartFont.EmbeddedFamily}.");
                }

                attribute.Value = ChartFont.CssFamily;
            }
        }
    }

    /// <summary>Skia pretty-prints text content onto its own indented line; the glyph positions count only the text.</summary>
    private static void TidyText(XElement text)
    {
        if (text.HasElements)
        {
            throw new InvalidOperationException("Unexpected markup inside an SVG text element.");
        }

        text.Value = text.Value.Trim();
    }

    private static void Describe(XElement root, string slug, string title, string description)
    {
        string width = root.Attribute("width")?.Value ?? throw new InvalidOperationException("SVG without width.");
        string height = root.Attribute("height")?.Value ?? throw new InvalidOperationException("SVG without height.");
        root.SetAttributeValue("viewBox", "0 0 " + width + " " + height);
        root.SetAttributeValue("role", "img");
        root.SetAttributeValue("aria-labelledby", slug + "-title " + slug + "-desc");
        root.AddFirst(
            new XElement(SvgNamespace + "title", new XAttribute("id", slug + "-title"), title),
            new XElement(SvgNamespace + "desc", new XAttribute("id", slug + "-desc"), description));
    }

    private static string Write(XElement root)
    {
        XmlWriterSettings settings = new()
        {
            OmitXmlDeclaration = true,
            Indent = true,
            IndentChars = string.Empty,
            NewLineChars = "\n",
            NewLineHandling = NewLineHandling.Replace,
        };
        using StringWriter text = new(CultureInfo.InvariantCulture);
        using (XmlWriter writer = XmlWriter.Create(text, settings))
        {
            root.WriteTo(writer);
        }

        return text.ToString() + "\n";
    }
}
