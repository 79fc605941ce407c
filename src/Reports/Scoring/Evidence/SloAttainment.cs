using Reports.Domain;

namespace Reports.Scoring.Evidence;

/// <summary>
/// <c>slo-attainment</c> (G5): "over the <c>slo_window_days</c> ending on D, for every SLO, attainment = 100 × Σgood /
/// Σtotal over its days with traffic. <c>fail</c> if any SLO with traffic has attainment &lt; objective, or a Sev-1
/// incident was open on any day of the window; else <c>pending</c> if any SLO has an <c>unknown</c> day in the window or
/// no traffic at all; else <c>pass</c>." (evidence contract)
/// </summary>
public sealed class SloAttainment : IGateRule
{
    public EvidenceRule Rule => EvidenceRule.SloAttainment;

    public string Code => "slo-attainment";

    public bool IsMeasured(EvidenceIndex evidence) => evidence?.Slos.Count > 0;

    public GateVerdict Evaluate(WeekFacts week)
    {
        ArgumentNullException.ThrowIfNull(week);
        var range = DayRange.Ending(week.WeekOf, week.Policy.Evidence.SloWindowDays);
        var slos = week.Evidence.Slos.Select(s => SloWindow.Of(s, range, week.Evidence)).ToList();
        var sev1 = week.Evidence.Incidents
            .Where(i => i.Severity == Severity.Sev1 && i.IsOpenBetween(range.First, range.Last))
            .Select(i => i.Id)
            .ToList();

        var missed = slos.Where(s => s.Missed).Select(s => $"{s.Slo.Id} {Attained(s)} < {EvidenceText.Limit(s.Slo.Objective)}").ToList();
        if (missed.Count > 0 || sev1.Count > 0)
        {
            var reasons = missed.Concat(sev1.Select(id => $"Sev-1 {id} open"));
            return GateVerdict.Fail($"{string.Join(", ", reasons)} over {range}");
        }

        var unknown = slos.Where(s => s.Status == SloStatus.Unknown).Select(s => s.Total == 0 && s.UnknownDays.Count < range.Days
            ? $"{s.Slo.Id} had no traffic"
            : $"{s.Slo.Id} has no result for {Days(s.UnknownDays.Count)}").ToList();
        if (unknown.Count > 0)
        {
            return GateVerdict.Pending($"{string.Join(", ", unknown)} over {range}");
        }

        return GateVerdict.Pass($"{string.Join(", ", slos.Select(s => $"{s.Slo.Id} {Attained(s)} ≥ {EvidenceText.Limit(s.Slo.Objective)}"))} over {range}");
    }

    private static string Attained(SloWindow window) =>
        EvidenceText.Percent(window.Attainment ?? 0, window.Slo.Objective, MidpointRounding.ToNegativeInfinity);

    private static string Days(int count) => count == 1 ? "1 day" : $"{EvidenceText.Count(count)} days";
}
