using Reports.Domain;

namespace Reports.Scoring.Evidence;

/// <summary>
/// A rule that computes a gate from the evidence (<c>computed_by</c> of <c>gates.csv</c>). Every rule is listed in
/// <see cref="ContractRules.Gates"/>.
/// </summary>
public interface IGateRule
{
    EvidenceRule Rule { get; }

    /// <summary>The contract's name, e.g. <c>slo-attainment</c>.</summary>
    string Code { get; }

    /// <summary>Whether the file this rule reads has rows: otherwise the recorded status stands.</summary>
    bool IsMeasured(EvidenceIndex evidence);

    GateVerdict Evaluate(WeekFacts week);
}
