using Reports.Domain;

namespace Reports.Scoring.Evidence;

/// <summary>
/// <c>reentry-guardrail</c> (G8): "<c>fail</c> when any freeze trigger of the contract holds that week (whatever the
/// phase: total &lt; <c>freeze_total</c>, a category &lt; <c>freeze_min_category</c>, an open Sev-1, an unresolved P0),
/// else <c>pass</c>." (evidence contract) It reads the scores, incidents and findings, so it is always measured.
/// </summary>
public sealed class ReentryGuardrail : IGateRule
{
    public EvidenceRule Rule => EvidenceRule.ReentryGuardrail;

    public string Code => "reentry-guardrail";

    public bool IsMeasured(EvidenceIndex evidence) => true;

    public GateVerdict Evaluate(WeekFacts week)
    {
        var active = ContractRules.FreezeTriggers
            .Select(rule => rule.Evaluate(week))
            .Where(c => c.State == ConditionState.Active)
            .Select(c => $"{c.Code}: {c.Detail}")
            .ToList();
        return active.Count > 0
            ? GateVerdict.Fail(string.Join("; ", active))
            : GateVerdict.Pass("no freeze trigger holds");
    }
}
