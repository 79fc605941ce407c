using ScottPlot;

namespace Reports.Rendering.Charts;

/// <summary>
/// Tick labels for a date axis (x is <see cref="DateOnly.DayNumber"/>): the scored weeks themselves when they
/// fit, otherwise the finest calendar step that fits (days, weeks, months, years). Labels are invariant
/// ("2026-02-17", "Feb 2026", "2026") and never collide.
/// </summary>
internal static class DateTicks
{
    // Room one label needs, in pixels, with DejaVu Sans at the tick font size plus a gap.
    private const float DateLabelWidth = 96;
    private const float MonthLabelWidth = 82;
    private const float YearLabelWidth = 50;

    private static readonly (int Days, int Months, int Years)[] Steps =
    [
        (1, 0, 0), (2, 0, 0), (7, 0, 0), (14, 0, 0),
        (0, 1, 0), (0, 2, 0), (0, 3, 0), (0, 6, 0),
        (0, 0, 1), (0, 0, 2), (0, 0, 5), (0, 0, 10), (0, 0, 25), (0, 0, 50), (0, 0, 100),
    ];

    public static Tick[] For(double min, double max, IReadOnlyList<DateOnly> preferred, float plotWidth)
    {
        double pixelsPerDay = plotWidth / Math.Max(max - min, 1);
        if (preferred.Count > 0 && preferred.Count <= (int)(plotWidth / DateLabelWidth))
        {
            return Thin(preferred.Select(d => (d, Invariant.Date(d))), max, pixelsPerDay, DateLabelWidth);
        }

        DateOnly first = DateOnly.FromDayNumber((int)Math.Ceiling(min));
        DateOnly last = DateOnly.FromDayNumber((int)Math.Floor(max));
        foreach ((int days, int months, int years) in Steps)
        {
            float width = days > 0 ? DateLabelWidth : months > 0 ? MonthLabelWidth : YearLabelWidth;
            List<DateOnly> dates = Generate(first, last, days, months, years);
            if (dates.Count * width <= plotWidth)
            {
                // Labelled only once they fit: ten years of daily dates are 3,650 strings no chart shows.
                Func<DateOnly, string> label = days > 0 ? Invariant.Date : months > 0 ? Invariant.Month : Invariant.Year;
                return Thin(dates.Select(d => (d, label(d))), max, pixelsPerDay, width);
            }
        }

        return [];
    }

    private static List<DateOnly> Generate(DateOnly first, DateOnly last, int days, int months, int years)
    {
        List<DateOnly> ticks = [];
        if (days > 0)
        {
            // Day numbers count from a Monday, so 7- and 14-day steps land on Mondays.
            int start = first.DayNumber + ((days - (first.DayNumber % days)) % days);
            for (int day = start; day <= last.DayNumber; day += days)
            {
                ticks.Add(DateOnly.FromDayNumber(day));
            }
        }
        else if (months > 0)
        {
            for (DateOnly date = new(first.Year, first.Month, 1); date <= last; date = date.AddMonths(1))
            {
                if (date >= first && (date.Month - 1) % months == 0)
                {
                    ticks.Add(date);
                }
            }
        }
        else
        {
            for (int year = first.Year; year <= last.Year; year++)
            {
                DateOnly date = new(year, 1, 1);
                if (date >= first && year % years == 0)
                {
                    ticks.Add(date);
                }
            }
        }

        return ticks;
    }

    /// <summary>
    /// Drops any label that would overlap the one before it (weeks need not be evenly spaced) or run off the
    /// right edge of the figure, where the plot leaves little margin.
    /// </summary>
    private static Tick[] Thin(IEnumerable<(DateOnly Date, string Label)> ticks, double max, double pixelsPerDay, float width)
    {
        List<Tick> kept = [];
        double lastKept = double.NegativeInfinity;
        foreach ((DateOnly date, string label) in ticks)
        {
            bool fitsRight = (max - date.DayNumber) * pixelsPerDay >= width * 0.3;
            if (fitsRight && (date.DayNumber - lastKept) * pixelsPerDay >= width)
            {
                kept.Add(Tick.Major(date.DayNumber, label));
                lastKept = date.DayNumber;
            }
        }

        return [.. kept];
    }
}
