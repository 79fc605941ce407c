using Reports.Domain;
using static Reports.Tests.Scoring.Evidence.EvidenceWeeks;

namespace Reports.Tests.Scoring.Evidence;

/// <summary>
/// G7 on 2026-03-09: an objective of 99 % over 30 days of 1,000 events (2026-02-08…03-09) is a budget of 300 events;
/// the validation window 2026-03-03…09 may burn 25 % of it, 75 events.
/// </summary>
public sealed class ErrorBudgetTests
{
    [Theory]
    [InlineData(75, GateStatus.Pass, "25.00 %")]
    [InlineData(76, GateStatus.Fail, "25.34 %")]
    [InlineData(0, GateStatus.Pass, "0.00 %")]
    public void Should_allow_a_burn_of_exactly_the_maximum(int burnedOnLastDay, GateStatus expected, string printed)
    {
        var week = Slo().WithSloDay(Week, "s", 1000 - burnedOnLastDay, 1000).Latest();

        Assert.Equal(expected, week.Gate("G7").Status);
        Assert.Contains($"s burned {printed}", week.Gate("G7").Trace, StringComparison.Ordinal);
        Assert.Equal(burnedOnLastDay == 0 ? 0m : burnedOnLastDay / 3m, Assert.Single(week.Evidence.Slos).Burn!.Value.Percent!.Value, 20);
    }

    [Fact]
    public void Should_fail_when_a_zero_budget_burns_anything()
    {
        // A budget period of one day without traffic has no budget; the window's first day burned 1 event.
        var week = PhaseTwo().WithComputedGates("G7").WithEvidencePolicy(p => p with { ErrorBudgetPeriodDays = 1 })
            .WithSlo("s", "video", 99m)
            .WithSloDay(WindowFirst, "s", 9, 10)
            .WithSloDays("2026-03-04", Week, "s", 0, 0)
            .Latest();

        var burn = Assert.Single(week.Evidence.Slos).Burn!.Value;
        Assert.True(burn.IsInfinite);
        Assert.Null(burn.Percent);
        Assert.Equal("G7 fail: s burned all of a zero budget > 25 % of its 1-day budget in the validation window 2026-03-03…09", week.Gate("G7").Trace);
    }

    [Fact]
    public void Should_pass_a_zero_budget_that_burned_nothing()
    {
        var week = PhaseTwo().WithComputedGates("G7").WithEvidencePolicy(p => p with { ErrorBudgetPeriodDays = 1 })
            .WithSlo("s", "video", 99m).WithSloDays(WindowFirst, Week, "s", 0, 0).Latest();

        Assert.Equal(GateStatus.Pass, week.Gate("G7").Status);
        Assert.Equal(0m, Assert.Single(week.Evidence.Slos).Burn!.Value.Percent);
    }

    [Fact]
    public void Should_be_pending_outside_phase_2_and_with_an_unknown_day_in_the_window()
    {
        var data = PhaseTwo().WithComputedGates("G7").WithSlo("s", "video", 99m)
            .WithSloDays("2026-02-08", "2026-03-08", "s", 1000, 1000);
        var weeks = data.Evaluate().Weeks;

        Assert.Equal("G7 pending: no validation window in phase 1", weeks[0].Gate("G7").Trace);
        Assert.Null(Assert.Single(weeks[0].Evidence.Slos).Burn);
        Assert.Equal("G7 pending: s has no result for 1 day of the validation window 2026-03-03…09", weeks[1].Gate("G7").Trace);
    }

    [Fact]
    public void Should_take_a_pillars_burn_from_its_highest_slo()
    {
        var week = Slo().WithSlo("t", "video", 99m).WithSloDays("2026-02-08", "2026-03-08", "t", 1000, 1000)
            .WithSloDay(Week, "s", 970, 1000).WithSloDay(Week, "t", 950, 1000).Latest();

        var pillar = Assert.Single(week.Evidence.PillarBurns);
        Assert.Equal("video", pillar.Key);
        Assert.Equal(50m, pillar.Value.Burned);
    }

    private static Builders.DataSetBuilder Slo() => PhaseTwo().WithComputedGates("G7")
        .WithSlo("s", "video", 99m)
        .WithSloDays("2026-02-08", "2026-03-08", "s", 1000, 1000);
}
