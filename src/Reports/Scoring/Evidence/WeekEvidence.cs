using Reports.Domain;

namespace Reports.Scoring.Evidence;

/// <summary>What the evidence says in one week beyond gates and No-Go: the validation window, each SLO, CI and the cadence.</summary>
public sealed record WeekEvidence(DayRange? ValidationWindow, IReadOnlyList<SloReport> Slos, CiSummary Ci, IReadOnlyList<EventKind> Overdue)
{
    public static WeekEvidence None { get; } = new(null, [], CiSummary.None, []);

    /// <summary>Each pillar's burn, "its highest SLO's", in the order its SLOs come; empty outside phase 2.</summary>
    public IReadOnlyList<KeyValuePair<string, BudgetBurn>> PillarBurns => Slos
        .Where(s => s.Burn is not null)
        .GroupBy(s => s.Window.Slo.Pillar, StringComparer.Ordinal)
        .Select(g => new KeyValuePair<string, BudgetBurn>(g.Key, g.Select(s => s.Burn!.Value).Aggregate(Highest)))
        .ToList();

    /// <summary>Computes a week's evidence summary from the facts its rules read.</summary>
    public static WeekEvidence Of(WeekFacts week)
    {
        ArgumentNullException.ThrowIfNull(week);
        var policy = week.Policy.Evidence;
        var evidence = week.Evidence;
        var range = DayRange.Ending(week.WeekOf, policy.SloWindowDays);
        var slos = evidence.Slos
            .Select(s => new SloReport(
                SloWindow.Of(s, range, evidence),
                week.ValidationWindow is DayRange window ? ErrorBudgetRule.Burn(s, week.WeekOf, window, policy, evidence) : null))
            .ToList();
        var ci = evidence.HasRuns
            ? new CiSummary(
                CiRule.SmokeFailuresInARow(week.WeekOf, policy, evidence),
                [.. policy.RequiredChecks.Select(c => new KeyValuePair<string, decimal?>(c, CiRule.FlakeRate(c, week.WeekOf, policy, evidence)))])
            : new CiSummary(0, [.. policy.RequiredChecks.Select(c => new KeyValuePair<string, decimal?>(c, null))]);
        return new WeekEvidence(week.ValidationWindow, slos, ci, CadenceRule.Overdue(week.WeekOf, policy, evidence));
    }

    // Infinite beats any finite burn; otherwise the larger share of its budget (for display: the gate compares exactly).
    private static BudgetBurn Highest(BudgetBurn a, BudgetBurn b) =>
        a.IsInfinite ? a : b.IsInfinite ? b : b.Percent > a.Percent ? b : a;
}
