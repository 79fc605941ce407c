using Reports.Domain;
using Reports.Scoring;
using Reports.Scoring.Evidence;

namespace Reports.History;

/// <summary>
/// One side of a comparison of two weeks: the facts both a computed week (<see cref="Of"/>) and an archived report
/// (its <c>report.json</c>, as published) can state, so each is compared by the same rules (<see cref="WeekComparison"/>).
/// </summary>
/// <param name="Categories">In rubric order.</param>
/// <param name="NoGo">Codes of the active No-Go conditions.</param>
/// <param name="FreezeTriggers">Codes of the active freeze triggers.</param>
/// <param name="OpenIncidents">Ids of the incidents open that week.</param>
/// <param name="UnresolvedFindings">Ids of the findings unresolved that week.</param>
public sealed record WeekSide(
    DateOnly WeekOf,
    int Phase,
    decimal Total,
    Decision Decision,
    int NextPhase,
    IReadOnlyList<WeekSideCategory> Categories,
    IReadOnlyList<WeekSideGate> Gates,
    IReadOnlyList<string> NoGo,
    IReadOnlyList<string> FreezeTriggers,
    IReadOnlyList<string> OpenIncidents,
    IReadOnlyList<string> UnresolvedFindings)
{
    /// <summary>Each SLO's verdict (<c>met</c>, <c>missed</c>, <c>unknown</c>) by id, in the SLOs' order; null when the side does not say (an archived report).</summary>
    public IReadOnlyList<KeyValuePair<string, string>>? SloVerdicts { get; init; }

    /// <summary>Failures in a row of the smoke check's required runs; null when the side does not say.</summary>
    public int? SmokeStreak { get; init; }

    public static WeekSide Of(WeekResult week)
    {
        ArgumentNullException.ThrowIfNull(week);
        return new WeekSide(
            week.WeekOf,
            week.Phase,
            week.Total,
            week.Decision,
            week.NextPhase,
            [.. week.Categories.Select(c => new WeekSideCategory(c.Category.Key, c.Category.Name, c.Score, c.Points))],
            [.. week.Gates.Select(g => new WeekSideGate(g.Gate.Id, g.Gate.Name, g.Status, g.Source == GateSource.Computed ? g.Trace : null))],
            [.. week.ActiveNoGoCodes],
            [.. week.ActiveFreezeCodes],
            [.. week.OpenIncidents.Select(i => i.Id)],
            [.. week.UnresolvedFindings.Select(f => f.Id)])
        {
            SloVerdicts = [.. week.Evidence.Slos.Select(s => KeyValuePair.Create(s.Id, SloVerdict(s.Status)))],
            SmokeStreak = week.Evidence.Ci.SmokeFailuresInARow,
        };
    }

    private static string SloVerdict(SloStatus status) => status switch
    {
        SloStatus.Met => "met",
        SloStatus.Missed => "missed",
        _ => "unknown",
    };
}
