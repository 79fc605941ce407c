namespace Reports.Domain;

/// <summary>Everything loaded from the data folder, validated: the input of the rules engine.</summary>
/// <remarks>Lists keep file order; <see cref="Weeks"/> is the scored weeks in date order.</remarks>
public sealed record ReliabilityData(
    IReadOnlyList<Category> Rubric,
    Policy Policy,
    IReadOnlyList<GateDefinition> Gates,
    IReadOnlyList<Score> Scores,
    IReadOnlyList<GateResult> GateResults,
    IReadOnlyList<Incident> Incidents,
    IReadOnlyList<Finding> Findings,
    IReadOnlyList<RecordedDecision> Decisions)
{
    /// <summary>SLOs, daily SLO results, CI runs and operational events; none when their files are absent.</summary>
    public EvidenceData Evidence { get; init; } = EvidenceData.None;

    public IReadOnlyList<DateOnly> Weeks { get; } = Scores.Select(s => s.WeekOf).Distinct().Order().ToArray();
}
