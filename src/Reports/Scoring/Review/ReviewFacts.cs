using Reports.Domain;
using Reports.Scoring.Evidence;

namespace Reports.Scoring.Review;

/// <summary>What the review questions read for one week: the data, the week's result and the days the week covers.</summary>
/// <param name="Records">The data's dated records, sorted once for every week's review.</param>
/// <param name="Period">
/// The days "that week" covers: from the day after the previous scored week through the week's date (the first
/// scored week covers the 7 days ending on its date).
/// </param>
public sealed record ReviewFacts(ReliabilityData Data, WeekResult Week, DayRange Period, DatedRecords Records)
{
    public DateOnly Day => Week.WeekOf;

    public Policy Policy => Data.Policy;

    /// <summary>The facts of week <paramref name="index"/> of <paramref name="weeks"/> (in date order).</summary>
    public static ReviewFacts Of(ReliabilityData data, IReadOnlyList<WeekResult> weeks, int index, DatedRecords records)
    {
        ArgumentNullException.ThrowIfNull(weeks);
        var week = weeks[index];
        var period = index > 0 ? new DayRange(weeks[index - 1].WeekOf.AddDays(1), week.WeekOf) : DayRange.Ending(week.WeekOf, 7);
        return new ReviewFacts(data, week, period, records);
    }

    /// <summary>Who answers for a finding: its owner, else the program's primary owner; null when the data names neither.</summary>
    public string? OwnerOf(Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        return finding.Owner ?? (Policy.Review.Owner is { } primary ? primary + " (primary owner)" : null);
    }
}
