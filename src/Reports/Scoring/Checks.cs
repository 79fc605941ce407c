using Reports.Domain;

namespace Reports.Scoring;

/// <summary>The comparisons behind every decision, worded once for the trace, the conditions and discrepancies.</summary>
internal static class Checks
{
    /// <summary>Passes when total ≥ threshold: a total exactly at the threshold passes.</summary>
    public static RuleCheck Total(decimal total, decimal threshold) => total >= threshold
        ? new(RuleKinds.Total, true, $"total {ContractText.Total(total)} ≥ {ContractText.Threshold(threshold)}")
        : new(RuleKinds.Total, false, $"total {ContractText.Total(total)} < {ContractText.Threshold(threshold)}");

    /// <summary>One failing check per category below the minimum, or one passing check when none is.</summary>
    public static IReadOnlyList<RuleCheck> Categories(IEnumerable<CategoryResult> categories, int minimum)
    {
        var min = ContractText.Threshold(minimum);
        var failing = categories
            .Where(c => c.Score < minimum)
            .Select(c => new RuleCheck(
                "category",
                false,
                $"{c.Category.Name} {ContractText.Threshold(c.Score)} < {min}",
                Reason: $"{c.Category.Name} is {ContractText.Threshold(c.Score)} < {min}",
                Kind: RuleKinds.CategoryMin,
                Subject: (c.Category.Key, c.Category.Name)))
            .ToList();
        return failing.Count > 0 ? failing : [new RuleCheck("category", true, $"every category ≥ {min}", Kind: RuleKinds.CategoryMin)];
    }

    /// <summary>A recorded gate as "G2 fail"; a computed one with the numbers that decided it, and the recorded status when it differs.</summary>
    public static RuleCheck Gate(GateState gate) => new(
        RuleKinds.Gate,
        gate.Clears,
        gate.Trace is { } trace
            ? gate.Discrepancy is null ? trace : $"{trace} (recorded {ContractText.Name(gate.Recorded!.Value)})"
            : gate.Status == GateStatus.Unknown
                ? $"{gate.Gate.Id} unknown (no result recorded)"
                : $"{gate.Gate.Id} {ContractText.Name(gate.Status)}",
        Subject: (gate.Gate.Id, gate.Gate.Name));

    /// <summary>A No-Go condition as a check.</summary>
    public static RuleCheck Condition(Condition condition) => Condition(condition, RuleKinds.NoGo);

    /// <summary>A coded condition as a check: an active one names its cause ("open-redteam-p0p1: M-1").</summary>
    /// <param name="kind"><see cref="RuleKinds.NoGo"/> or <see cref="RuleKinds.Freeze"/>.</param>
    public static RuleCheck Condition(Condition condition, string kind) => condition.State switch
    {
        ConditionState.Active => new(condition.Code, false, $"{condition.Code}: {condition.Detail}", Kind: kind, Subject: (condition.Code, condition.Description)),
        ConditionState.NotMeasured => new(condition.Code, false, $"{condition.Code}: not measured ({condition.Detail})", NotMeasured: true, Kind: kind, Subject: (condition.Code, condition.Description)),
        _ => new(condition.Code, true, condition.Detail, Kind: kind, Subject: (condition.Code, condition.Description)),
    };
}
