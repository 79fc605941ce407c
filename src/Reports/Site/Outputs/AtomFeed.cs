using System.Security.Cryptography;
using System.Text;
using System.Xml;
using Reports.Domain;
using Reports.Scoring;
using Reports.Scoring.Evidence;
using Reports.Site.Views;

namespace Reports.Site.Outputs;

/// <summary>
/// <c>/feed.xml</c>: an Atom feed with one entry per weekly report, newest first, for the latest <see cref="Entries"/>
/// weeks (a reader polls it for what is new; the weeks index lists every report). Every date comes from the data (the
/// week's date), never from the clock, so rebuilding the same data gives the same feed.
/// </summary>
public static class AtomFeed
{
    public const string Path = "feed.xml";

    /// <summary>A year of weekly reports.</summary>
    public const int Entries = 52;

    public static string Write(ProgramReport report, string siteName, SiteUrls urls)
    {
        var settings = new XmlWriterSettings
        {
            Encoding = new UTF8Encoding(false),
            Indent = true,
            IndentChars = "  ",
            NewLineChars = "\n",
            NewLineHandling = NewLineHandling.Replace,
        };
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, settings))
        {
            const string Ns = "http://www.w3.org/2005/Atom";
            xml.WriteStartDocument();
            xml.WriteStartElement("feed", Ns);
            xml.WriteElementString("title", Ns, siteName + ": weekly reports");
            xml.WriteElementString("subtitle", Ns, "One entry per weekly reliability review: total score, phase decision and gates.");
            xml.WriteElementString("id", Ns, Id(urls, ""));
            WriteLink(xml, Ns, "self", urls.Absolute(Path) ?? Path, "application/atom+xml");
            WriteLink(xml, Ns, "alternate", urls.Absolute("") ?? "./", "text/html");
            xml.WriteElementString("updated", Ns, report.Latest is { } latest ? Timestamp(latest.WeekOf) : "1970-01-01T00:00:00Z");
            xml.WriteStartElement("author", Ns);
            xml.WriteElementString("name", Ns, "Reliability review");
            xml.WriteEndElement();
            xml.WriteElementString("generator", Ns, "Reports");

            foreach (var week in report.Weeks.Reverse().Take(Entries))
            {
                var path = ViewModelFactory.WeekHref(week.WeekOf);
                xml.WriteStartElement("entry", Ns);
                xml.WriteElementString("title", Ns, Title(week));
                xml.WriteElementString("id", Ns, Id(urls, path));
                WriteLink(xml, Ns, "alternate", urls.Absolute(path) ?? path, "text/html");
                xml.WriteElementString("updated", Ns, Timestamp(week.WeekOf));
                xml.WriteElementString("published", Ns, Timestamp(week.WeekOf));
                xml.WriteStartElement("summary", Ns);
                xml.WriteAttributeString("type", "text");
                xml.WriteString(Summary(week));
                xml.WriteEndElement();
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    /// <summary>"Week of 2026-02-18: 55.00, Stay in Phase 1".</summary>
    public static string Title(WeekResult week) =>
        "Week of " + Format.Date(week.WeekOf) + ": " + Format.Points(week.Total) + ", "
        + Phases.DescribeDecision(week.Decision, week.Phase, week.NextPhase);

    private static string Summary(WeekResult week)
    {
        var delta = week.TotalDelta is decimal d ? " (" + Format.PointsDelta(d) + ")" : "";
        var gates = string.Join(", ", week.PhaseGates.Select(g => g.Gate.Id + " " + Chips.Gate(g.Status).Text));
        var noGo = string.Join(", ", week.ActiveNoGoCodes);
        return "Total " + Format.Points(week.Total) + " / 100" + delta + ". "
            + Phases.DescribeDecision(week.Decision, week.Phase, week.NextPhase) + " (" + Phases.Name(week.NextPhase) + "). "
            + (gates.Length > 0 ? "Phase " + Format.Integer(week.Phase) + " gates: " + gates + ". " : "")
            + "Active No-Go conditions: " + (noGo.Length > 0 ? noGo : "none") + "."
            + Evidence(week);
    }

    /// <summary>" Evidence: G4 pass, G5 fail; SLOs 4 met, 1 missed." — empty when nothing is computed from evidence.</summary>
    private static string Evidence(WeekResult week)
    {
        var computed = string.Join(", ", week.Gates
            .Where(g => g.Source == GateSource.Computed)
            .Select(g => g.Gate.Id + " " + Chips.Gate(g.Status).Text));
        var slos = week.Evidence.Slos;
        var verdicts = string.Join(", ", new[] { SloStatus.Met, SloStatus.Missed, SloStatus.Unknown }
            .Select(status => (status, count: slos.Count(s => s.Status == status)))
            .Where(v => v.count > 0)
            .Select(v => Format.Integer(v.count) + " " + EvidenceText.Name(v.status)));
        var parts = new[] { computed, verdicts.Length > 0 ? "SLOs " + verdicts : "" }.Where(p => p.Length > 0).ToArray();
        return parts.Length == 0 ? "" : " Evidence: " + string.Join("; ", parts) + ".";
    }

    private static void WriteLink(XmlWriter xml, string ns, string rel, string href, string type)
    {
        xml.WriteStartElement("link", ns);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("type", type);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }

    private static string Timestamp(DateOnly day) => Format.Date(day) + "T00:00:00Z";

    /// <summary>The page's address when the base URL is known; otherwise a name-based UUID, stable across builds.</summary>
    private static string Id(SiteUrls urls, string path)
    {
        if (urls.Absolute(path) is { } absolute)
        {
            return absolute;
        }

        var hash = SHA1.HashData(Encoding.UTF8.GetBytes("reports-site:" + path));
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        var hex = Convert.ToHexStringLower(hash.AsSpan(0, 16));
        return "urn:uuid:" + hex[..8] + "-" + hex[8..12] + "-" + hex[12..16] + "-" + hex[16..20] + "-" + hex[20..32];
    }
}
