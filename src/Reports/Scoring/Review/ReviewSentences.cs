using System.Globalization;
using Reports.Domain;

namespace Reports.Scoring.Review;

/// <summary>The time in phase, forecast and freeze margin in words, the same in <c>status</c> and on the pages.</summary>
public static class ReviewSentences
{
    /// <summary>"Phase 1 since 2026-02-17: 1 day (plan: 14–28 days)"; "…: 35 days, past the plan's 28".</summary>
    public static string TimeInPhase(TimeInPhase time)
    {
        ArgumentNullException.ThrowIfNull(time);
        var head = Invariant($"Phase {time.Phase} since {time.Since:yyyy-MM-dd}: {Days(time.Days)}");
        return time.Target switch
        {
            null => head + " (ongoing: no duration target)",
            DayTarget t when time.PastTarget => head + Invariant($", past the plan's {t.Max} (plan: {t.Min}–{t.Max} days)"),
            DayTarget t => head + Invariant($" (plan: {t.Min}–{t.Max} days)"),
        };
    }

    /// <summary>The forecast, or why there is none, or phase 3's margin above the freeze floor.</summary>
    public static string Outlook(WeeklyReview review, WeekResult week, Policy policy)
    {
        ArgumentNullException.ThrowIfNull(review);
        ArgumentNullException.ThrowIfNull(week);
        ArgumentNullException.ThrowIfNull(policy);
        if (review.FreezeMargin is decimal margin)
        {
            var floor = ContractText.Threshold(policy.FreezeTotal);
            return margin >= 0
                ? Invariant($"{margin:0.00} points above the freeze floor of {floor}")
                : Invariant($"{-margin:0.00} points below the freeze floor of {floor}");
        }

        if (review.Forecast is not { } forecast)
        {
            return Invariant($"not yet: it needs {ReviewPolicy.MinForecastWeeks} scored weeks of the phase");
        }

        var target = ContractText.Threshold(forecast.TargetTotal);
        var trend = Invariant($"{forecast.PerWeek:+0.00;-0.00;±0.00} a week over the last {forecast.WeeksUsed} scored weeks");
        return forecast.Outcome switch
        {
            ForecastOutcome.AlreadyMet => Invariant($"the total already meets {target} ({trend})"),
            ForecastOutcome.NotAtCurrentTrend => Invariant($"{target} not reached at the current trend ({trend})"),
            _ => Invariant($"{target} reached around {forecast.Date:yyyy-MM-dd}, in {Weeks(forecast.Weeks!.Value)} ({trend})"),
        };
    }

    private static string Days(int days) => days == 1 ? "1 day" : Invariant($"{days} days");

    private static string Weeks(int weeks) => weeks == 1 ? "1 week" : Invariant($"{weeks} weeks");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
