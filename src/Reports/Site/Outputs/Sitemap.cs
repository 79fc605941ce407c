using System.Text;
using System.Xml;

namespace Reports.Site.Outputs;

/// <summary>
/// <c>/sitemap.xml</c> listing every HTML page but the 404 page. Locations are absolute when a base URL is
/// configured (as the protocol wants); without one they are root-relative, which search engines ignore but
/// which keeps the file useful to tools and the build deterministic.
/// </summary>
public static class Sitemap
{
    public const string Path = "sitemap.xml";

    public static string Write(IEnumerable<string> pageUrls, SiteUrls urls)
    {
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, IndentChars = "  ", NewLineChars = "\n" };
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, settings))
        {
            const string Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
            xml.WriteStartDocument();
            xml.WriteStartElement("urlset", Ns);
            foreach (var url in pageUrls.Order(StringComparer.Ordinal))
            {
                xml.WriteStartElement("url", Ns);
                xml.WriteElementString("loc", Ns, urls.AbsoluteOrRooted(url));
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }
}
