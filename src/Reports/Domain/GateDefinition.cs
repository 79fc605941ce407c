namespace Reports.Domain;

/// <summary>An exit gate (a row of <c>gates.csv</c>); <see cref="Phase"/> is the phase it must pass to leave.</summary>
public sealed record GateDefinition(string Id, int Phase, string Name, string Criteria)
{
    /// <summary>The rule that computes this gate from the evidence (<c>computed_by</c>), or null for a recorded gate.</summary>
    public EvidenceRule? ComputedBy { get; init; }
}
