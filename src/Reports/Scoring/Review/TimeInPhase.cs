using Reports.Domain;

namespace Reports.Scoring.Review;

/// <summary>
/// How long the project has been in its phase: days from the first week of the current stretch in that phase to
/// the week's date, against the plan's duration target (§3: phase 1 2–4 weeks, phase 2 7–14 days; phase 3 none).
/// </summary>
public sealed record TimeInPhase(int Phase, DateOnly Since, int Days, DayTarget? Target)
{
    /// <summary>Longer than the plan's most days for the phase.</summary>
    public bool PastTarget => Target is DayTarget target && Days > target.Max;

    /// <summary>The time in phase of week <paramref name="index"/> of <paramref name="weeks"/> (in date order).</summary>
    public static TimeInPhase Of(IReadOnlyList<WeekResult> weeks, int index, Policy policy)
    {
        ArgumentNullException.ThrowIfNull(weeks);
        ArgumentNullException.ThrowIfNull(policy);
        var first = StretchStart(weeks, index);
        var week = weeks[index];
        return new TimeInPhase(week.Phase, weeks[first].WeekOf, week.WeekOf.DayNumber - weeks[first].WeekOf.DayNumber, policy.PhaseTarget(week.Phase));
    }

    /// <summary>The index of the first week of the unbroken run of weeks in the same phase that ends at <paramref name="index"/>.</summary>
    public static int StretchStart(IReadOnlyList<WeekResult> weeks, int index)
    {
        ArgumentNullException.ThrowIfNull(weeks);
        var first = index;
        while (first > 0 && weeks[first - 1].Phase == weeks[index].Phase)
        {
            first--;
        }

        return first;
    }
}
