using Reports.Domain;

namespace Reports.Scoring;

/// <summary>
/// What the rules read about one scored week before deciding: its phase, scores, gates, and the
/// incidents and findings still open on its date. Thresholds come from <see cref="Policy"/>.
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
    /// <summary>Gates that must pass (or be n/a) to leave this week's phase.</summary>
    public IEnumerable<GateState> PhaseGates => Gates.Where(g => g.Gate.Phase == Phase);
}
