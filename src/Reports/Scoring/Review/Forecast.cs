using Reports.Domain;

namespace Reports.Scoring.Review;

/// <summary>
/// When the total reaches the phase's exit threshold at the current pace: the least-squares line of the total
/// against the date, over the last <c>forecast_weeks</c> scored weeks of the current phase (at least 3), ending
/// with the week. Phase 3 has no exit, so no forecast: its review shows the margin above the freeze floor instead.
/// </summary>
/// <param name="TargetTotal">The threshold: <c>enter_validation_total</c> from phase 1, <c>enter_reentry_total</c> from phase 2.</param>
/// <param name="Date">The first day the line is at or above the threshold (the week's date when already met); null when it never is.</param>
/// <param name="Weeks">Whole weeks from the week's date to <paramref name="Date"/>, rounded up; null with it.</param>
/// <param name="PerWeek">The line's slope, points per 7 days.</param>
/// <param name="WeeksUsed">How many scored weeks the line was fitted to.</param>
public sealed record Forecast(decimal TargetTotal, ForecastOutcome Outcome, DateOnly? Date, int? Weeks, decimal PerWeek, int WeeksUsed)
{
    /// <summary>A line that needs more than ten years to reach the threshold is no forecast: "not at the current trend".</summary>
    public const int HorizonDays = 3653;

    /// <summary>The forecast of week <paramref name="index"/>; null in phase 3 or with fewer than 3 weeks of the phase scored.</summary>
    public static Forecast? Of(IReadOnlyList<WeekResult> weeks, int index, Policy policy)
    {
        ArgumentNullException.ThrowIfNull(weeks);
        ArgumentNullException.ThrowIfNull(policy);
        var week = weeks[index];
        decimal? target = week.Phase switch
        {
            Phases.MetricHardening => policy.EnterValidationTotal,
            Phases.SloValidation => policy.EnterReentryTotal,
            _ => null,
        };
        var first = Math.Max(TimeInPhase.StretchStart(weeks, index), index - policy.Review.ForecastWeeks + 1);
        var count = index - first + 1;
        if (target is not decimal threshold || count < ReviewPolicy.MinForecastWeeks)
        {
            return null;
        }

        // x in days from the first point; sums are exact decimals, so the result does not depend on the machine.
        var points = weeks.Skip(first).Take(count).Select(w => ((decimal)(w.WeekOf.DayNumber - weeks[first].WeekOf.DayNumber), w.Total)).ToList();
        var meanX = points.Average(p => p.Item1);
        var meanY = points.Average(p => p.Total);
        var sxx = points.Sum(p => (p.Item1 - meanX) * (p.Item1 - meanX));
        var sxy = points.Sum(p => (p.Item1 - meanX) * (p.Total - meanY));
        var slope = sxy / sxx;
        var perWeek = Math.Round(slope * 7, 2, MidpointRounding.AwayFromZero);
        if (week.Total >= threshold)
        {
            return new Forecast(threshold, ForecastOutcome.AlreadyMet, week.WeekOf, 0, perWeek, count);
        }

        var today = week.WeekOf.DayNumber - weeks[first].WeekOf.DayNumber;
        if (slope <= 0 || threshold - meanY > slope * (today + HorizonDays - meanX))
        {
            return new Forecast(threshold, ForecastOutcome.NotAtCurrentTrend, null, null, perWeek, count);
        }

        // The line meets the threshold at x = meanX + (threshold − meanY) / slope; the first whole day at or past it.
        var reachX = meanX + ((threshold - meanY) / slope);
        var days = Math.Max(0, (int)Math.Ceiling(reachX) - today);
        return new Forecast(threshold, ForecastOutcome.Reaches, week.WeekOf.AddDays(days), (days + 6) / 7, perWeek, count);
    }
}
