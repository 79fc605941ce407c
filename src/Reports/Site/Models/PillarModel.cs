namespace Reports.Site.Models;

/// <summary>
/// One pillar's page: who owns it, its SLOs as of the latest scored week, and its incidents and findings (each row
/// linking to its place on the incidents or findings pages).
/// </summary>
/// <param name="Owner">The owner the data names for the pillar; null when it names none.</param>
/// <param name="PrimaryOwner">The program's primary owner (policy <c>owner</c>); null when the policy names none.</param>
/// <param name="AsOf">The latest scored week's date, which the SLO verdicts and ages are as of; empty before any week.</param>
public sealed record PillarModel(
    string Key,
    string? Owner,
    string? PrimaryOwner,
    string AsOf,
    IReadOnlyList<PillarSloRow> Slos,
    IReadOnlyList<IncidentRow> Incidents,
    IReadOnlyList<FindingRow> Findings)
{
    /// <summary>The pillar's SLOs as CSV.</summary>
    public TableLink? SlosCsv { get; init; }

    /// <summary>The pillar's incidents as CSV.</summary>
    public TableLink? IncidentsCsv { get; init; }

    /// <summary>The pillar's findings as CSV.</summary>
    public TableLink? FindingsCsv { get; init; }

    /// <summary>The incidents the page shows: the first <see cref="Views.ShownRows.Records"/>, open ones first; the CSV has all.</summary>
    public IReadOnlyList<IncidentRow> ShownIncidents => Views.ShownRows.First(Incidents, Views.ShownRows.Records);

    /// <summary>The findings the page shows: the first <see cref="Views.ShownRows.Records"/>, unresolved ones first; the CSV has all.</summary>
    public IReadOnlyList<FindingRow> ShownFindings => Views.ShownRows.First(Findings, Views.ShownRows.Records);
}
