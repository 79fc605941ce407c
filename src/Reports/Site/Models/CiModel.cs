namespace Reports.Site.Models;

/// <summary>
/// The CI and drills page: the checks G4 reads, the smoke streak the No-Go counts, each required check's flake rate
/// as a chart, the last runs of the smoke check, and the operational events with their cadence.
/// </summary>
/// <param name="Measured">Whether <c>ci-runs.csv</c> has rows; when not, the page says which file would add them.</param>
/// <param name="EventsMeasured">Whether <c>events.csv</c> has rows.</param>
/// <param name="SmokeStreak">Failures in a row of the smoke check's required runs up to the latest week.</param>
/// <param name="SmokeLimit">How many in a row make the No-Go active (<c>smoke_consecutive_failures</c>).</param>
public sealed record CiModel(
    bool Measured,
    bool EventsMeasured,
    string WeekOf,
    string WeekHref,
    IReadOnlyList<CiCheckRow> Checks,
    string SmokeCheck,
    int SmokeStreak,
    int SmokeLimit,
    ConditionRow? SmokeCondition,
    IReadOnlyList<CiRunRow> SmokeRuns,
    ChartView FlakeRate,
    string FlakeRateMax,
    int FlakeWindowRuns,
    int RecentDays,
    IReadOnlyList<EvidenceGateRow> Gates,
    IReadOnlyList<CadenceRow> Cadence,
    IReadOnlyList<EventRow> Events)
{
    /// <summary>The CI checks table as CSV.</summary>
    public TableLink? ChecksCsv { get; init; }

    /// <summary>The operational events as CSV.</summary>
    public TableLink? EventsCsv { get; init; }
}
