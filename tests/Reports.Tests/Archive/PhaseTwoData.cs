namespace Reports.Tests.Archive;

/// <summary>
/// A small program whose second week is in phase 2 (the first advances), with what makes copying rows hard:
/// a byte order mark, CRLF line ends, a quoted rationale spanning two lines, an annotation column, an incident
/// opened by a timestamp with an offset, and records that were not open in the week.
/// </summary>
internal static class PhaseTwoData
{
    public const string Week1 = "2026-03-02";
    public const string Week2 = "2026-03-09";

    public const string Rubric = "key,name,weight\nreliability,Reliability,60\nsecurity,Security,40\n";

    public const string Scores =
        "\uFEFFweek_of,category,score,rationale\r\n"
        + "2026-03-02,reliability,4,Solid\r\n"
        + "2026-03-02,security,4,Strong\r\n"
        + "2026-03-09,reliability,3,\"Two lines\r\nof rationale, with a comma\"\r\n"
        + " 2026-03-09 ,security,4,Strong\r\n";

    public const string Findings =
        "id,title,priority,source,status,opened,closed,evidence,x_owner\n"
        + "F-1,Closed long ago,P2,hardening,fixed,2026-01-01,2026-01-10,Done,ann\n"
        + "F-2,Open thing,P1,known-issue,open,2026-03-01,,Work,bob\n";

    public const string Incidents =
        "id,severity,pillar,title,opened,resolved,summary,link\n"
        + "INC-1,sev2,video,Old stall,2026-02-01,2026-02-03,Fixed,\n"
        + "INC-2,sev3,queue,Queue lag,2026-03-05T23:30:00-08:00,,Open,\n";

    /// <summary>The data folder's files, as <see cref="Reports.Tests.Site.SiteFolder.WriteSections"/> reads them.</summary>
    public static string Sections => $"""
        -- data/rubric.csv --
        {Rubric.TrimEnd('\n')}
        -- data/gates.csv --
        id,phase,name,criteria
        G1,1,Instrumentation,Events present
        G5,2,SLO attainment,All SLOs met
        -- data/gate-results.csv --
        week_of,gate,status,evidence,link
        2026-03-02,G1,pass,Done,
        2026-03-09,G1,pass,Done,
        2026-03-09,G5,pending,Window open,
        -- data/incidents.csv --
        {Incidents.TrimEnd('\n')}
        -- data/findings.csv --
        {Findings.TrimEnd('\n')}
        -- data/decisions.csv --
        week_of,decision,note
        2026-03-02,advance,Entered validation
        """;

    /// <summary>Writes the files into the folder's <c>data/</c>, scores.csv byte for byte as above.</summary>
    public static void WriteTo(Reports.Tests.Site.SiteFolder folder)
    {
        folder.WriteSections(Sections);
        File.WriteAllText(folder.PathOf("data/scores.csv"), Scores, new System.Text.UTF8Encoding(false));
    }
}
