using Reports.Scoring.Evidence;

namespace Reports.Scoring.NoGo;

/// <summary>
/// <c>slo-consecutive-miss</c>: "SLO validation window contains two consecutive days of SLO miss in same pillar" (plan
/// §5). Measured when <c>slos.csv</c> defines an SLO; "active when, within the validation window, one pillar missed
/// <c>slo_consecutive_miss_days</c> consecutive days. Outside phase 2 it is clear" (evidence contract).
/// </summary>
public sealed class SloConsecutiveMiss : IWeekCondition
{
    public string Code => "slo-consecutive-miss";

    public string Description => "Two consecutive days of SLO miss in the same pillar";

    public Condition Evaluate(WeekFacts week)
    {
        ArgumentNullException.ThrowIfNull(week);
        var evidence = week.Evidence;
        if (evidence.Slos.Count == 0)
        {
            return Conditions.NotMeasured(this, "no daily SLO results per pillar in the data");
        }

        if (week.ValidationWindow is not DayRange window)
        {
            return Conditions.Clear(this, "no validation window");
        }

        var needed = week.Policy.Evidence.SloConsecutiveMissDays;
        var streaks = new List<string>();
        foreach (var pillar in evidence.Slos.Select(s => s.Pillar).Distinct(StringComparer.Ordinal))
        {
            var run = new List<DateOnly>();
            foreach (var day in window.EachDay())
            {
                if (SloDayRule.PillarMissed(pillar, day, evidence))
                {
                    run.Add(day);
                    if (run.Count == needed)
                    {
                        streaks.Add($"{pillar} missed {string.Join(", ", run.Select(EvidenceText.Date))}");
                        break;
                    }
                }
                else
                {
                    run.Clear();
                }
            }
        }

        return streaks.Count > 0
            ? Conditions.Active(this, string.Join("; ", streaks))
            : Conditions.Clear(this, $"no pillar missed {EvidenceText.Count(needed)} consecutive days in the validation window {window}");
    }
}
