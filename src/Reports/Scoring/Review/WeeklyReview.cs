using Reports.Domain;

namespace Reports.Scoring.Review;

/// <summary>The weekly review of one week: the checklist's answers, in <see cref="ReviewQuestions.All"/> order.</summary>
public sealed record WeeklyReview(IReadOnlyList<ReviewAnswer> Checklist)
{
    public static WeeklyReview None { get; } = new([]);

    /// <summary>Ids of the findings past due on the week's date, most overdue first.</summary>
    public IReadOnlyList<string> OverdueFindings => [.. Checklist
        .Where(a => a.Question is FindingsPastDue)
        .SelectMany(a => a.Items)
        .Select(i => i.Subject!.Id)];

    /// <summary>The review of week <paramref name="index"/> of <paramref name="weeks"/> (every week in date order).</summary>
    public static WeeklyReview Of(ReliabilityData data, IReadOnlyList<WeekResult> weeks, int index)
    {
        var facts = ReviewFacts.Of(data, weeks, index);
        return new WeeklyReview([.. ReviewQuestions.All.Select(q => q.Answer(facts))]);
    }
}
