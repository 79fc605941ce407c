namespace Reports.Rendering.Charts;

/// <summary>
/// Where each scored week sits on a date axis: from halfway to the previous week to halfway to the next
/// (weeks need not be 7 days apart); the first and last extend by half their neighbour's gap, a lone week by 3.5 days.
/// </summary>
internal static class WeekSpans
{
    public static (double From, double To)[] Of(IReadOnlyList<DateOnly> weeks)
    {
        if (weeks.Count == 0)
        {
            return [];
        }

        if (weeks.Count == 1)
        {
            return [(weeks[0].DayNumber - 3.5, weeks[0].DayNumber + 3.5)];
        }

        var spans = new (double From, double To)[weeks.Count];
        for (int i = 0; i < weeks.Count; i++)
        {
            double day = weeks[i].DayNumber;
            double before = i > 0 ? (day - weeks[i - 1].DayNumber) / 2 : (weeks[1].DayNumber - day) / 2;
            double after = i < weeks.Count - 1 ? (weeks[i + 1].DayNumber - day) / 2 : (day - weeks[i - 1].DayNumber) / 2;
            spans[i] = (day - before, day + after);
        }

        return spans;
    }
}
