using Reports.Domain;
using Reports.Scoring.Evidence;

namespace Reports.Scoring.Review;

/// <summary>
/// "Which regression tests were added?" (plan §6): the findings closed as fixed that week, each with the test that
/// proves the fix, or said to have none.
/// </summary>
public sealed class RegressionTestsAdded : IReviewQuestion
{
    public string Code => "regression-tests";

    public string Title => "Which regression tests were added?";

    public string None => "no finding was fixed this week";

    public ReviewAnswer Answer(ReviewFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var items = facts.Records.FindingsClosedIn(facts.Period).ToArray()
            .Where(f => f.Status == FindingStatus.Fixed)
            .OrderBy(f => f.Closed).ThenBy(f => f.Priority)
            .Select(f => new ReviewItem(
                new ReviewRef(ReviewRefKind.Finding, f.Id),
                f.RegressionTest.Length > 0
                    ? $"fixed {EvidenceText.Date(f.Closed!.Value)}, tested by:"
                    : $"fixed {EvidenceText.Date(f.Closed!.Value)}, no regression test named",
                [],
                f.RegressionTest))
            .ToList();
        return new ReviewAnswer(this, items);
    }
}
