using Reports.Domain;
using Reports.Scoring.Evidence;
using Reports.Tests.Builders;

namespace Reports.Tests.Scoring.Evidence;

public sealed class ValidationWindowTests
{
    [Fact]
    public void Should_start_the_day_after_the_week_that_advanced_into_phase_2_and_grow_each_week()
    {
        var weeks = EvidenceWeeks.PhaseTwo().WithWeek("2026-03-16", 4, 4, 4, 4, 4, 4).Evaluate().Weeks;

        Assert.Null(weeks[0].Evidence.ValidationWindow);
        Assert.Equal(new DayRange(new DateOnly(2026, 3, 3), new DateOnly(2026, 3, 9)), weeks[1].Evidence.ValidationWindow);
        Assert.Equal(7, weeks[1].Evidence.ValidationWindow!.Value.Days);
        Assert.Equal(14, weeks[2].Evidence.ValidationWindow!.Value.Days);
    }

    [Fact]
    public void Should_start_on_the_first_scored_week_when_the_data_starts_in_phase_2()
    {
        var week = DataSetBuilder.PlanWeek2().WithPolicy(p => p with { StartPhase = 2 }).EvaluateLatest();

        Assert.Equal(new DayRange(DataSetBuilder.Date("2026-02-18"), DataSetBuilder.Date("2026-02-18")), week.Evidence.ValidationWindow);
    }

    [Fact]
    public void Should_start_again_after_a_freeze_that_returns_to_phase_2()
    {
        var weeks = DataSetBuilder.TopScores("2026-03-02")
            .WithPolicy(p => p with { StartPhase = 3, FreezeReturnsToPhase = 2 })
            .WithScore("2026-03-02", "outcomes", 1)
            .WithWeek("2026-03-09", 4, 4, 4, 4, 4, 4)
            .Evaluate().Weeks;

        Assert.Equal(Decision.Freeze, weeks[0].Decision);
        Assert.Equal(new DayRange(new DateOnly(2026, 3, 3), new DateOnly(2026, 3, 9)), weeks[1].Evidence.ValidationWindow);
    }

    [Theory]
    [InlineData("2026-03-02", "2026-03-08", "2026-03-02…08")]
    [InlineData("2026-02-27", "2026-03-05", "2026-02-27…03-05")]
    [InlineData("2025-12-29", "2026-01-04", "2025-12-29…2026-01-04")]
    [InlineData("2026-03-09", "2026-03-09", "2026-03-09")]
    public void Should_write_a_range_of_days_briefly(string first, string last, string expected)
    {
        Assert.Equal(expected, new DayRange(DataSetBuilder.Date(first), DataSetBuilder.Date(last)).ToString());
    }
}
