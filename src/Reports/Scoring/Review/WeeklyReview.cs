using Reports.Domain;

namespace Reports.Scoring.Review;

/// <summary>
/// The weekly review of one week: the checklist's answers (in <see cref="ReviewQuestions.All"/> order), the time in
/// phase against the plan's target, and the forecast (phases 1 and 2) or the margin above the freeze floor (phase 3).
/// </summary>
/// <param name="Forecast">Null in phase 3, or with fewer than 3 scored weeks of the phase.</param>
/// <param name="FreezeMargin">Phase 3 only: the total minus <c>freeze_total</c> (negative below the floor).</param>
public sealed record WeeklyReview(IReadOnlyList<ReviewAnswer> Checklist, TimeInPhase? TimeInPhase, Forecast? Forecast, decimal? FreezeMargin)
{
    public static WeeklyReview None { get; } = new([], null, null, null);

    /// <summary>Ids of the findings past due on the week's date, most overdue first.</summary>
    public IReadOnlyList<string> OverdueFindings => [.. Checklist
        .Where(a => a.Question is FindingsPastDue)
        .SelectMany(a => a.Items)
        .Select(i => i.Subject!.Id)];

    /// <summary>The review of every week of <paramref name="weeks"/> (every week in date order), in that order.</summary>
    public static IEnumerable<WeeklyReview> All(ReliabilityData data, IReadOnlyList<WeekResult> weeks)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(weeks);
        var records = DatedRecords.Of(data);
        return weeks.Select((_, index) => Of(data, weeks, index, records));
    }

    private static WeeklyReview Of(ReliabilityData data, IReadOnlyList<WeekResult> weeks, int index, DatedRecords records)
    {
        var facts = ReviewFacts.Of(data, weeks, index, records);
        var week = weeks[index];
        return new WeeklyReview(
            [.. ReviewQuestions.All.Select(q => q.Answer(facts))],
            TimeInPhase.Of(weeks, index, data.Policy),
            Forecast.Of(weeks, index, data.Policy),
            week.Phase == Phases.FeatureReentry ? week.Total - data.Policy.FreezeTotal : null);
    }
}
