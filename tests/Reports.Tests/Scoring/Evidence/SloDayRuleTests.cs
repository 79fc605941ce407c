using Reports.Domain;
using Reports.Scoring.Evidence;

namespace Reports.Tests.Scoring.Evidence;

public sealed class SloDayRuleTests
{
    private static readonly Slo Video = new("video-avail", "video", "Video joins", 99.5m, "");

    [Theory]
    [InlineData(995, 1000, SloDayVerdict.Met)] // objective exactly met
    [InlineData(994, 1000, SloDayVerdict.Missed)]
    [InlineData(199, 200, SloDayVerdict.Met)]
    [InlineData(0, 0, SloDayVerdict.NoTraffic)]
    [InlineData(1000, 1000, SloDayVerdict.Met)]
    public void Should_meet_an_objective_exactly_met_and_miss_below_it(long good, long total, SloDayVerdict expected)
    {
        Assert.Equal(expected, SloDayRule.Verdict(Video, new SloDay(new DateOnly(2026, 3, 9), Video.Id, good, total, "")));
    }

    [Fact]
    public void Should_read_a_day_without_a_row_as_unknown()
    {
        Assert.Equal(SloDayVerdict.Unknown, SloDayRule.Verdict(Video, null));
    }

    [Fact]
    public void Should_compare_without_rounding_an_objective_with_many_decimals()
    {
        var strict = Video with { Objective = 99.999999m };

        Assert.Equal(SloDayVerdict.Met, SloDayRule.Verdict(strict, new SloDay(default, strict.Id, 99_999_999, 100_000_000, "")));
        Assert.Equal(SloDayVerdict.Missed, SloDayRule.Verdict(strict, new SloDay(default, strict.Id, 99_999_998, 100_000_000, "")));
    }
}
