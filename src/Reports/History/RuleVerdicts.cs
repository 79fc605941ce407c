using Reports.Domain;
using Reports.Scoring;

namespace Reports.History;

/// <summary>
/// The rules of one week's phase decision, each with its verdict, so that two versions of a week can be compared
/// rule by rule. Read from the week's result rather than its trace: the trace folds rules that hold into one line.
/// </summary>
internal static class RuleVerdicts
{
    public static IReadOnlyList<RuleFlip> Of(WeekResult week, Policy policy)
    {
        if (week.Phase == PhaseMachine.ReentryPhase)
        {
            return [.. week.FreezeTriggers.Select(c => Condition(RuleKinds.Freeze, $"no freeze trigger {c.Code}", c))];
        }

        var threshold = PhaseThreshold.For(week.Phase, policy);
        var rules = new List<RuleFlip>
        {
            Verdict(RuleKinds.CategoryMin, null, $"every category ≥ {ContractText.Threshold(threshold.MinCategory)}", week.Categories.All(c => c.Score >= threshold.MinCategory)),
            Verdict(RuleKinds.Total, null, $"total ≥ {ContractText.Threshold(threshold.Total)}", week.Total >= threshold.Total),
        };
        rules.AddRange(week.PhaseGates.Select(g => Verdict(RuleKinds.Gate, g.Gate.Id, $"{g.Gate.Id} {g.Gate.Name} passes", g.Clears)));
        rules.AddRange(week.NoGo.Select(c => Condition(RuleKinds.NoGo, $"no No-Go {c.Code}", c)));
        return rules;
    }

    /// <summary>The rules whose verdict differs between two versions of a week, in the order of <paramref name="after"/>.</summary>
    public static IReadOnlyList<RuleFlip> Flips(IReadOnlyList<RuleFlip> before, IReadOnlyList<RuleFlip> after)
    {
        // A rule is the same rule when its words are: a phase change brings other thresholds, shown as the phase's change.
        var was = before.ToDictionary(r => r.Label, StringComparer.Ordinal);
        return [.. after
            .Where(now => was.TryGetValue(now.Label, out var old) && old.After != now.After)
            .Select(now => now with { Before = was[now.Label].After })];
    }

    private static RuleFlip Verdict(string rule, string? subject, string label, bool met) => new(rule, subject, label, null, met);

    private static RuleFlip Condition(string rule, string label, Condition condition) =>
        new(rule, condition.Code, label, null, condition.State switch
        {
            ConditionState.Clear => true,
            ConditionState.Active => false,
            _ => null,
        });
}
