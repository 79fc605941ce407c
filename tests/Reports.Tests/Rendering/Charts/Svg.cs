using System.Xml.Linq;
using Reports.Rendering.Charts;

namespace Reports.Tests.Rendering.Charts;

/// <summary>Reads a chart's SVG the way a test needs it: as XML, its drawn text, its ids and references.</summary>
internal static class Svg
{
    public static readonly XNamespace Ns = "http://www.w3.org/2000/svg";

    public static XElement Root(Chart chart) => Root(chart.Svg);

    public static XElement Root(string svg) => XDocument.Parse(svg).Root!;

    /// <summary>The text a reader sees drawn in the chart (not the title/desc metadata).</summary>
    public static List<string> DrawnText(Chart chart) => DrawnText(chart.Svg);

    public static List<string> DrawnText(string svg) => [.. Root(svg).Descendants(Ns + "text").Select(t => t.Value)];
}
