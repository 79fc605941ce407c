namespace Reports.Domain;

/// <summary>
/// The weekly review's settings from <c>policy.csv</c>; defaults are the plan's (§3 duration targets, §9 owner).
/// </summary>
/// <param name="Owner">The program's primary owner; null when the policy names none.</param>
/// <param name="Phase1TargetDays">Phase 1's duration target in days (the plan's 2–4 weeks).</param>
/// <param name="Phase2TargetDays">Phase 2's duration target in days; null means the validation window's (evidence policy).</param>
/// <param name="RepeatWindowDays">An incident class repeats when it has two or more incidents opened in this many days.</param>
/// <param name="ForecastWeeks">The forecast fits a line over at most this many scored weeks of the current phase.</param>
public sealed record ReviewPolicy(
    string? Owner,
    DayTarget Phase1TargetDays,
    DayTarget? Phase2TargetDays,
    int RepeatWindowDays,
    int ForecastWeeks)
{
    /// <summary>The fewest weeks a forecast is drawn from.</summary>
    public const int MinForecastWeeks = 3;

    public static ReviewPolicy Default { get; } = new(null, new DayTarget(14, 28), null, 28, 6);
}
