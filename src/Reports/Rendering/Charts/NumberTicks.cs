using ScottPlot;

namespace Reports.Rendering.Charts;

/// <summary>Numeric tick labels written with the invariant culture.</summary>
internal static class NumberTicks
{
    public static Tick[] Every(double from, double to, double step)
    {
        List<Tick> ticks = [];
        int count = (int)Math.Round((to - from) / step);
        for (int i = 0; i <= count; i++)
        {
            double value = from + (i * step);
            ticks.Add(Tick.Major(value, Invariant.Number(value)));
        }

        return [.. ticks];
    }

    /// <summary>A whole step of 1, 2 or 5 × 10ⁿ giving at most <paramref name="maxTicks"/> intervals up to <paramref name="max"/>.</summary>
    public static int WholeStep(double max, int maxTicks)
    {
        for (int magnitude = 1; ; magnitude *= 10)
        {
            foreach (int multiple in (ReadOnlySpan<int>)[1, 2, 5])
            {
                if (max / (multiple * magnitude) <= maxTicks)
                {
                    return multiple * magnitude;
                }
            }
        }
    }
}
