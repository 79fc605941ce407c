using Reports.Domain;

namespace Reports.Scoring;

/// <summary>Everything computed for one scored week, with the trace of its decision.</summary>
public sealed record WeekResult(
    DateOnly WeekOf,
    int Phase,
    decimal Total,
    decimal? PreviousTotal,
    IReadOnlyList<CategoryResult> Categories,
    IReadOnlyList<GateState> Gates,
    IReadOnlyList<Condition> NoGo,
    IReadOnlyList<Condition> FreezeTriggers,
    Decision Decision,
    int NextPhase,
    IReadOnlyList<TraceStep> Trace,
    RecordedDecision? Recorded,
    string? Discrepancy,
    UpliftPlan Uplift,
    IReadOnlyList<Incident> OpenIncidents,
    IReadOnlyList<Finding> UnresolvedFindings)
{
    public decimal? TotalDelta => PreviousTotal is decimal previous ? Total - previous : null;

    /// <summary>Codes of the No-Go conditions active this week (the contract's <c>no_go</c>).</summary>
    public IEnumerable<string> ActiveNoGoCodes => NoGo.Where(c => c.State == ConditionState.Active).Select(c => c.Code);

    /// <summary>Codes of the freeze triggers active this week (empty outside phase 3).</summary>
    public IEnumerable<string> ActiveFreezeCodes => FreezeTriggers.Where(c => c.State == ConditionState.Active).Select(c => c.Code);

    /// <summary>Gates that must pass to leave this week's phase.</summary>
    public IEnumerable<GateState> PhaseGates => Gates.Where(g => g.Gate.Phase == Phase);
}
