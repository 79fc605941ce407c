using Reports.Domain;
using Reports.Scoring.Evidence;

namespace Reports.Scoring;

/// <summary>
/// What the rules read about one scored week before deciding: its phase, scores, gates, and the
/// incidents and findings still open on its date, and the evidence. Thresholds come from <see cref="Policy"/>.
/// </summary>
public sealed record WeekFacts(
    DateOnly WeekOf,
    int Phase,
    Policy Policy,
    decimal Total,
    IReadOnlyList<CategoryResult> Categories,
    IReadOnlyList<GateState> Gates,
    IReadOnlyList<Incident> OpenIncidents,
    IReadOnlyList<Finding> UnresolvedFindings)
{
    /// <summary>SLOs and their days, CI runs and events, arranged for the weekly rules; empty when the data has none.</summary>
    public EvidenceIndex Evidence { get; init; } = EvidenceIndex.Empty;

    /// <summary>The days of phase 2 so far, through this week's date; null outside phase 2.</summary>
    public DayRange? ValidationWindow { get; init; }

    /// <summary>Gates that must pass (or be n/a) to leave this week's phase.</summary>
    public IEnumerable<GateState> PhaseGates => Gates.Where(g => g.Gate.Phase == Phase);
}
