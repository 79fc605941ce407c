using Reports.Domain;
using Reports.Scoring;
using Reports.Scoring.Evidence;
using Reports.Site.Models;

namespace Reports.Site.Views;

/// <summary>
/// The pillars' pages, <c>pillars/&lt;key&gt;/</c> and their index: each pillar's SLOs with their verdict as of the latest
/// scored week, and its incidents and findings as the tables list them (each row links to its place there).
/// </summary>
/// <remarks>
/// The owner is the one the data names for the pillar; the data has no such column yet, so a page says none is named
/// and gives the program's primary owner (policy <c>owner</c>) beside it, never a guess from who owns its rows.
/// </remarks>
internal sealed class PillarViews
{
    public const string IndexUrl = "pillars/";

    private readonly ProgramReport report;
    private readonly IReadOnlyDictionary<string, string> segments;
    private readonly Func<string, string> sloHref;

    /// <param name="sloHref">The root-relative link to an SLO on the SLOs page.</param>
    public PillarViews(ProgramReport report, Func<string, string> sloHref)
    {
        this.report = report;
        this.sloHref = sloHref;
        segments = FragmentIds.Assign(report.Data.Policy.Pillars);
    }

    public IReadOnlyList<string> Keys => report.Data.Policy.Pillars;

    /// <summary>The root-relative address of a pillar's page; null for a pillar the policy does not list.</summary>
    public string? Href(string? pillar) =>
        pillar is not null && segments.TryGetValue(pillar, out var segment) ? IndexUrl + segment + "/" : null;

    public PillarsModel Index(IReadOnlyList<Incident> incidents, IReadOnlyList<Finding> findings) => new([.. Keys.Select(key => new PillarLink(
        key,
        Href(key)!,
        report.Data.Evidence.Slos.Count(s => s.Pillar == key),
        incidents.Count(i => i.Pillar == key && i.Resolved is null),
        incidents.Count(i => i.Pillar == key),
        findings.Count(f => f.Pillar == key && f.Closed is null),
        findings.Count(f => f.Pillar == key)))]);

    /// <param name="incidents">The pillar's incident rows, in the incidents table's order.</param>
    /// <param name="findings">The pillar's finding rows, in the findings table's order.</param>
    public PillarModel Page(string key, IReadOnlyList<IncidentRow> incidents, IReadOnlyList<FindingRow> findings)
    {
        var latest = report.Latest;
        var verdicts = (latest?.Evidence.Slos ?? []).ToDictionary(s => s.Id, s => s.Status, StringComparer.Ordinal);
        var slos = report.Data.Evidence.Slos
            .Where(s => s.Pillar == key)
            .Select(s => new PillarSloRow(
                s.Id,
                sloHref(s.Id),
                s.Name,
                EvidenceText.Limit(s.Objective),
                EvidenceViews.SloChip(verdicts.TryGetValue(s.Id, out var status) ? status : SloStatus.Unknown)))
            .ToArray();
        return new PillarModel(
            key,
            null,
            report.Data.Policy.Review.Owner,
            latest is null ? "" : Format.Date(latest.WeekOf),
            slos,
            incidents,
            findings)
        {
            SlosCsv = slos.Length > 0 ? SiteTables.PillarLink(Href(key)!, "slos", "SLOs of " + key + " as CSV") : null,
            IncidentsCsv = incidents.Count > 0 ? SiteTables.PillarLink(Href(key)!, "incidents", "Incidents of " + key + " as CSV") : null,
            FindingsCsv = findings.Count > 0 ? SiteTables.PillarLink(Href(key)!, "findings", "Findings of " + key + " as CSV") : null,
        };
    }
}
