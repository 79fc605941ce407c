using Reports.Domain;

namespace Reports.Scoring.Evidence;

/// <summary>
/// "Which status a gate has. A gate with <c>computed_by</c> whose rule's file exists … takes its computed status, and
/// that is the status the phase decision uses. Otherwise the recorded status of <c>gate-results.csv</c> stands (or
/// <c>unknown</c>). Where both exist and differ, every report shows both and why the computed one differs."
/// (evidence contract)
/// </summary>
public static class GateStatusRule
{
    /// <param name="week">The week's facts; its gates are not read, so they may still be the recorded ones.</param>
    public static GateState For(GateDefinition gate, GateResult? recorded, WeekFacts week)
    {
        ArgumentNullException.ThrowIfNull(gate);
        ArgumentNullException.ThrowIfNull(week);
        var rule = gate.ComputedBy is EvidenceRule computedBy ? ContractRules.Gate(computedBy) : null;
        if (rule is null || !rule.IsMeasured(week.Evidence))
        {
            return recorded is null
                ? new GateState(gate, GateStatus.Unknown, "", null)
                : new GateState(gate, recorded.Status, recorded.Evidence, recorded.Link) { Source = GateSource.Recorded, Recorded = recorded.Status };
        }

        var verdict = rule.Evaluate(week);
        var trace = $"{gate.Id} {ContractText.Name(verdict.Status)}: {verdict.Detail}";
        return new GateState(gate, verdict.Status, recorded?.Evidence ?? "", recorded?.Link)
        {
            Source = GateSource.Computed,
            Recorded = recorded?.Status,
            Trace = trace,
            Discrepancy = recorded is not null && recorded.Status != verdict.Status
                ? $"recorded {ContractText.Name(recorded.Status)}, but {trace}"
                : null,
        };
    }
}
