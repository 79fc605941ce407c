using Reports.Domain;

namespace Reports.Scoring.Evidence;

/// <summary>
/// <c>error-budget</c> (G7): "outside phase 2 <c>pending</c>. In phase 2 … <c>fail</c> if any SLO's burn % &gt;
/// <c>error_budget_burn_max</c>; else <c>pending</c> if any day of the validation window is <c>unknown</c> for some SLO;
/// else <c>pass</c>." (evidence contract; the budget and burn are <see cref="ErrorBudgetRule"/>'s)
/// </summary>
public sealed class ErrorBudget : IGateRule
{
    public EvidenceRule Rule => EvidenceRule.ErrorBudget;

    public string Code => "error-budget";

    public bool IsMeasured(EvidenceIndex evidence) => evidence?.Slos.Count > 0;

    public GateVerdict Evaluate(WeekFacts week)
    {
        ArgumentNullException.ThrowIfNull(week);
        if (week.ValidationWindow is not DayRange window)
        {
            return GateVerdict.Pending($"no validation window in phase {week.Phase}");
        }

        var policy = week.Policy.Evidence;
        var max = policy.ErrorBudgetBurnMax;
        var burns = week.Evidence.Slos.Select(s => (Slo: s, Burn: ErrorBudgetRule.Burn(s, week.WeekOf, window, policy, week.Evidence))).ToList();
        var over = burns.Where(b => b.Burn.Exceeds(max)).ToList();
        if (over.Count > 0)
        {
            return GateVerdict.Fail(
                $"{string.Join(", ", over.Select(b => $"{b.Slo.Id} burned {Burned(b.Burn, max)} > {EvidenceText.Limit(max)}"))} of its {EvidenceText.Count(policy.ErrorBudgetPeriodDays)}-day budget in the validation window {window}");
        }

        var unknown = week.Evidence.Slos
            .Select(s => (s.Id, Days: window.EachDay().Count(d => week.Evidence.Day(s.Id, d) is null)))
            .Where(u => u.Days > 0)
            .Select(u => u.Days == 1 ? $"{u.Id} has no result for 1 day" : $"{u.Id} has no result for {EvidenceText.Count(u.Days)} days")
            .ToList();
        if (unknown.Count > 0)
        {
            return GateVerdict.Pending($"{string.Join(", ", unknown)} of the validation window {window}");
        }

        return GateVerdict.Pass($"{string.Join(", ", burns.Select(b => $"{b.Slo.Id} burned {Burned(b.Burn, max)}"))} ≤ {EvidenceText.Limit(max)} in the validation window {window}");
    }

    /// <summary>Rounded up, so that a burn just over the limit never prints as the limit.</summary>
    internal static string Burned(BudgetBurn burn, decimal max) =>
        burn.Percent is decimal percent ? EvidenceText.Percent(percent, max, MidpointRounding.ToPositiveInfinity) : "all of a zero budget";
}
