namespace Reports.Rendering.Charts;

/// <summary>How a series moved, in words: "rose from 46.25 to 55.00 over 2 weeks".</summary>
internal static class TrendWords
{
    public static string Describe<T>(T first, T last, int weeks, Func<T, string> format)
        where T : IComparable<T>
    {
        string span = Invariant.Count(weeks, "week", "weeks");
        if (weeks == 1)
        {
            return "is " + format(last) + " in the only scored week";
        }

        int direction = last.CompareTo(first);
        return direction switch
        {
            > 0 => "rose from " + format(first) + " to " + format(last) + " over " + span,
            < 0 => "fell from " + format(first) + " to " + format(last) + " over " + span,
            _ => "stayed at " + format(last) + " over " + span,
        };
    }
}
