using Reports.Domain;
using Reports.Scoring.Review;
using Reports.Tests.Builders;

namespace Reports.Tests.Scoring.Review;

/// <summary>Time in phase against the plan's target, and the forecast of the phase's exit threshold, at their edges.</summary>
public sealed class OutlookTests
{
    // Phase-1 weeks a week apart; totals 50.00, 55.00, 60.00 … (each category's level nudges the total by its weight / 4).
    private static DataSetBuilder Weeks(params (string Week, int Measurement)[] weeks)
    {
        var builder = DataSetBuilder.Empty();
        foreach (var (week, measurement) in weeks)
        {
            builder.WithWeek(week, measurement, 2, 2, 2, 2, 2);
        }

        return builder;
    }

    [Fact]
    public void Exactly_three_weeks_of_a_rising_total_give_a_forecast()
    {
        // 45.00, 50.00, 55.00: +5 a week, so 85 is 30 points (6 weeks) after 2026-03-16.
        var week = Weeks(("2026-03-02", 1), ("2026-03-09", 2), ("2026-03-16", 3)).EvaluateLatest();

        var forecast = week.Review.Forecast!;
        Assert.Equal(ForecastOutcome.Reaches, forecast.Outcome);
        Assert.Equal(85m, forecast.TargetTotal);
        Assert.Equal(new DateOnly(2026, 4, 27), forecast.Date);
        Assert.Equal(6, forecast.Weeks);
        Assert.Equal(5m, forecast.PerWeek);
        Assert.Equal(3, forecast.WeeksUsed);
        Assert.Equal("85 reached around 2026-04-27, in 6 weeks (+5.00 a week over the last 3 scored weeks)", ReviewSentences.Outlook(week.Review, week, Policy.Default));
    }

    [Fact]
    public void Two_weeks_are_too_few_for_a_forecast()
    {
        var week = Weeks(("2026-03-09", 2), ("2026-03-16", 3)).EvaluateLatest();

        Assert.Null(week.Review.Forecast);
        Assert.Equal("not yet: it needs 3 scored weeks of the phase", ReviewSentences.Outlook(week.Review, week, Policy.Default));
    }

    [Theory]
    [InlineData(2, 2, 2)]
    [InlineData(3, 2, 1)]
    [InlineData(2, 3, 2)]
    public void A_flat_or_falling_trend_gives_no_date(int first, int second, int third)
    {
        var week = Weeks(("2026-03-02", first), ("2026-03-09", second), ("2026-03-16", third)).EvaluateLatest();

        var forecast = week.Review.Forecast!;
        Assert.Equal(ForecastOutcome.NotAtCurrentTrend, forecast.Outcome);
        Assert.Null(forecast.Date);
        Assert.Null(forecast.Weeks);
        Assert.StartsWith("85 not reached at the current trend", ReviewSentences.Outlook(week.Review, week, Policy.Default), StringComparison.Ordinal);
    }

    [Fact]
    public void The_line_uses_only_the_last_forecast_weeks()
    {
        // A fall, then three rising weeks: with forecast_weeks 3 the fall is left out and the trend rises.
        var report = Weeks(("2026-02-16", 4), ("2026-02-23", 1), ("2026-03-02", 1), ("2026-03-09", 2), ("2026-03-16", 3))
            .WithReviewPolicy(r => r with { ForecastWeeks = 3 })
            .Evaluate();

        var forecast = report.Latest!.Review.Forecast!;
        Assert.Equal(3, forecast.WeeksUsed);
        Assert.Equal(ForecastOutcome.Reaches, forecast.Outcome);
    }

    [Fact]
    public void A_total_that_already_meets_the_threshold_says_so()
    {
        var week = DataSetBuilder.Empty()
            .WithWeek("2026-03-02", 4, 4, 4, 4, 4, 3).WithWeek("2026-03-09", 4, 4, 4, 4, 4, 3).WithWeek("2026-03-16", 4, 4, 4, 4, 4, 3)
            .EvaluateLatest();

        Assert.Equal(1, week.Phase);
        Assert.Equal(ForecastOutcome.AlreadyMet, week.Review.Forecast!.Outcome);
        Assert.Equal(new DateOnly(2026, 3, 16), week.Review.Forecast.Date);
        Assert.Equal(0, week.Review.Forecast.Weeks);
    }

    [Fact]
    public void Phase_3_has_no_forecast_but_its_margin_above_the_freeze_floor()
    {
        var week = DataSetBuilder.Empty().WithPolicy(p => p with { StartPhase = 3 })
            .WithWeek("2026-03-02", 4, 4, 4, 4, 4, 4).WithWeek("2026-03-09", 4, 4, 4, 4, 4, 4).WithWeek("2026-03-16", 4, 4, 4, 3, 3, 4)
            .WithAllGates(GateStatus.Pass)
            .EvaluateLatest();

        Assert.Equal(3, week.Phase);
        Assert.Null(week.Review.Forecast);
        Assert.Equal(7.5m, week.Review.FreezeMargin);
        Assert.Equal("7.50 points above the freeze floor of 85", ReviewSentences.Outlook(week.Review, week, Policy.Default));
    }

    [Fact]
    public void Time_in_phase_counts_from_the_first_week_of_the_current_stretch()
    {
        var report = Weeks(("2026-02-02", 2), ("2026-02-16", 2), ("2026-03-02", 2), ("2026-03-03", 2)).Evaluate();

        var at28 = report.Weeks[2].Review.TimeInPhase!;
        var at29 = report.Weeks[3].Review.TimeInPhase!;
        Assert.Equal((1, new DateOnly(2026, 2, 2), 28, false), (at28.Phase, at28.Since, at28.Days, at28.PastTarget));
        Assert.Equal((29, true), (at29.Days, at29.PastTarget));
        Assert.Equal("Phase 1 since 2026-02-02: 29 days, past the plan's 28 (plan: 14–28 days)", ReviewSentences.TimeInPhase(at29));
    }

    [Fact]
    public void A_new_phase_starts_a_new_stretch()
    {
        // Top scores and passing gates: the first week advances, so the second starts phase 2.
        var report = DataSetBuilder.TopScores("2026-03-02").WithWeek("2026-03-09", 4, 4, 4, 4, 4, 4).WithAllGates(GateStatus.Pass).Evaluate();

        var time = report.Weeks[1].Review.TimeInPhase!;
        Assert.Equal((2, new DateOnly(2026, 3, 9), 0), (time.Phase, time.Since, time.Days));
        Assert.Equal("Phase 2 since 2026-03-09: 0 days (plan: 7–14 days)", ReviewSentences.TimeInPhase(time));
    }
}
