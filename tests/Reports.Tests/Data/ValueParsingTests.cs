using Reports.Data;
using Reports.Data.Values;

namespace Reports.Tests.Data;

/// <summary>Dates, timestamps and suggestions on their own.</summary>
public sealed class ValueParsingTests
{
    [Theory]
    [InlineData("2026-02-17T23:30:00-08:00", "2026-02-18")]
    [InlineData("2026-02-17T23:30:00Z", "2026-02-17")]
    [InlineData("2026-02-17t23:30z", "2026-02-17")]
    [InlineData("2026-02-18T01:00:00+14:00", "2026-02-17")]
    [InlineData("2026-02-17T12:00:00.1234567+0530", "2026-02-17")]
    [InlineData("2026-02-17T20:00+05", "2026-02-17")]
    [InlineData("2026-02-17T20:00-05", "2026-02-18")]
    [InlineData("2026-02-17", "2026-02-17")]
    public void Timestamps_count_on_their_utc_date(string text, string utcDate)
    {
        Assert.Equal(DateShape.Valid, IsoDates.ParseMoment(text, out var moment, out _));
        Assert.Equal(DateOnly.Parse(utcDate, System.Globalization.CultureInfo.InvariantCulture), moment.UtcDate);
    }

    [Theory]
    [InlineData("2026-02-17T23:30:00", nameof(DateShape.NoOffset))]
    [InlineData("2026-02-17T23:30", nameof(DateShape.NoOffset))]
    [InlineData("2026-02-17T24:00:00Z", nameof(DateShape.Impossible))]
    [InlineData("2026-02-29T10:00:00Z", nameof(DateShape.Impossible))]
    [InlineData("2026-02-17T10:00:00+15:00", nameof(DateShape.Impossible))]
    [InlineData("2026-02-17 10:00:00Z", nameof(DateShape.Invalid))]
    [InlineData("yesterday", nameof(DateShape.Invalid))]
    public void Rejects_timestamps_that_are_ambiguous_or_impossible(string text, string shape)
    {
        Assert.Equal(shape, IsoDates.ParseMoment(text, out _, out _).ToString());
    }

    [Fact]
    public void Orders_two_timestamps_by_instant_and_anything_else_by_date()
    {
        IsoDates.ParseMoment("2026-02-15T08:30:00+01:00", out var early, out _);
        IsoDates.ParseMoment("2026-02-15T08:00:00Z", out var late, out _);
        IsoDates.ParseMoment("2026-02-15", out var day, out _);

        Assert.True(early.IsBefore(late));
        Assert.False(day.IsBefore(late));
        Assert.False(late.IsBefore(day));
    }

    [Theory]
    [InlineData("scroe", "score")]
    [InlineData("Week_of", "week_of")]
    [InlineData("weekof", "week_of")]
    [InlineData("passed", "pass")]
    [InlineData("wontfix", "wont-fix")]
    [InlineData("critical", null)]
    [InlineData("owner", null)]
    [InlineData("na", "n/a")]
    public void Suggests_the_closest_name_only_when_it_is_a_likely_typo(string typed, string? expected)
    {
        string[] candidates = ["week_of", "category", "score", "rationale", "pass", "fail", "pending", "n/a", "open", "mitigated", "fixed", "wont-fix"];

        Assert.Equal(expected, Suggestions.Closest(typed, candidates));
    }

    [Theory]
    [InlineData("P9")]
    [InlineData("G9")]
    public void Suggests_nothing_when_several_names_are_equally_close(string typed)
    {
        string[] candidates = ["P0", "P1", "P2", "P3", "G1", "G2", "G3", "G4", "G5", "G6", "G7", "G8"];

        Assert.Null(Suggestions.Closest(typed, candidates));
    }
}
