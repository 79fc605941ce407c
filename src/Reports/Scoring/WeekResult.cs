using Reports.Domain;
using Reports.Scoring.Evidence;
using Reports.Scoring.Review;

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
    /// <summary>The validation window, each SLO's verdict and burn, CI and overdue cadence items of this week.</summary>
    public WeekEvidence Evidence { get; init; } = WeekEvidence.None;

    /// <summary>The weekly review's checklist, time in phase and forecast (plan §6, §9).</summary>
    public WeeklyReview Review { get; init; } = WeeklyReview.None;

    /// <summary>Codes of the No-Go conditions not measured this week, in the contract's order (<c>not_measured</c>).</summary>
    public IEnumerable<string> NotMeasuredNoGoCodes => NoGo.Where(c => c.State == ConditionState.NotMeasured).Select(c => c.Code);

    public decimal? TotalDelta => PreviousTotal is decimal previous ? Total - previous : null;

    /// <summary>Codes of the No-Go conditions active this week (the contract's <c>no_go</c>).</summary>
    public IEnumerable<string> ActiveNoGoCodes => NoGo.Where(c => c.State == ConditionState.Active).Select(c => c.Code);

    /// <summary>Codes of the freeze triggers active this week (empty outside phase 3).</summary>
    public IEnumerable<string> ActiveFreezeCodes => FreezeTriggers.Where(c => c.State == ConditionState.Active).Select(c => c.Code);

    /// <summary>Gates that must pass to leave this week's phase.</summary>
    public IEnumerable<GateState> PhaseGates => Gates.Where(g => g.Gate.Phase == Phase);
}
