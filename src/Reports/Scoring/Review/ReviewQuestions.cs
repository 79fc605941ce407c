namespace Reports.Scoring.Review;

/// <summary>The weekly review's checklist, in the order the review reads it: the plan's five questions, then who owes what.</summary>
public static class ReviewQuestions
{
    public static IReadOnlyList<IReviewQuestion> All { get; } =
    [
        new SlosStillUnknown(),
        new GatesFailedOrUnknown(),
        new RepeatedIncidentClasses(),
        new RegressionTestsAdded(),
        new Rollbacks(),
        new FindingsPastDue(),
        new OverdueCadence(),
    ];
}
