using System.Globalization;
using Reports.Rendering.Charts;
using ScottPlot;

namespace Reports.Tests.Rendering.Charts;

public sealed class DateTicksTests
{
    private static readonly DateOnly Week1 = new(2026, 2, 17);

    [Fact]
    public void Should_label_the_scored_weeks_themselves_when_they_fit()
    {
        DateOnly[] weeks = [Week1, Week1.AddDays(1)];

        Tick[] ticks = DateTicks.For(Week1.DayNumber - 0.5, Week1.DayNumber + 1.5, weeks, 700);

        Assert.Equal(["2026-02-17", "2026-02-18"], ticks.Select(t => t.Label));
        Assert.Equal([Week1.DayNumber, Week1.DayNumber + 1.0], ticks.Select(t => t.Position));
    }

    [Fact]
    public void Should_drop_a_week_label_that_would_overlap_its_neighbour()
    {
        DateOnly[] weeks = [Week1, Week1.AddDays(1), Week1.AddDays(60)];

        Tick[] ticks = DateTicks.For(Week1.DayNumber - 1, Week1.DayNumber + 70, weeks, 700);

        Assert.Equal(["2026-02-17", "2026-04-18"], ticks.Select(t => t.Label));
    }

    [Fact]
    public void Should_fall_back_to_invariant_months_then_years_for_long_periods()
    {
        CultureInfo saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("tr-TR");
            DateOnly start = new(2024, 1, 1);

            Tick[] months = DateTicks.For(start.DayNumber, start.AddDays(360).DayNumber, [], 700);
            Tick[] years = DateTicks.For(start.DayNumber, start.AddYears(10).DayNumber, [], 700);

            Assert.Equal("Jan 2024", months[0].Label);
            Assert.All(months, t => Assert.Matches("^[A-Z][a-z]{2} 2024$", t.Label));
            Assert.Equal(["2024", "2025", "2026", "2027", "2028", "2029", "2030", "2031", "2032", "2033"], years.Select(t => t.Label));
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    [Fact]
    public void Should_never_place_labels_closer_than_they_are_wide()
    {
        DateOnly start = new(2016, 1, 4);
        for (int days = 7; days < 5000; days = (days * 3) / 2)
        {
            Tick[] ticks = DateTicks.For(start.DayNumber, start.DayNumber + days, [], 600);
            double pixelsPerDay = 600.0 / days;
            for (int i = 1; i < ticks.Length; i++)
            {
                Assert.True((ticks[i].Position - ticks[i - 1].Position) * pixelsPerDay >= 50, $"{days} days: {ticks[i - 1].Label} / {ticks[i].Label}");
            }
        }
    }
}
