using Reports.Scoring.Evidence;

namespace Reports.Scoring.Review;

/// <summary>
/// Who owes what (plan §9, "maintainers owning each pillar"): the findings unresolved on the week's date whose due
/// date is before it (due today is not overdue), most overdue first, each with its owner.
/// </summary>
public sealed class FindingsPastDue : IReviewQuestion
{
    public string Code => "findings-past-due";

    public string Title => "Which findings are past due, and who owns them?";

    public string None => "no finding is past due";

    public ReviewAnswer Answer(ReviewFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var items = facts.Data.Findings
            .Where(f => f.IsOverdueOn(facts.Day))
            .OrderBy(f => f.Due).ThenBy(f => f.Priority)
            .Select(f =>
            {
                var days = facts.Day.DayNumber - f.Due!.Value.DayNumber;
                var owner = facts.OwnerOf(f) is { } o ? "owner " + o : "no owner named";
                return new ReviewItem(
                    new ReviewRef(ReviewRefKind.Finding, f.Id),
                    $"{f.Priority} due {EvidenceText.Date(f.Due.Value)}, {EvidenceText.Count(days)} day{(days == 1 ? "" : "s")} past; {owner}",
                    []);
            })
            .ToList();
        return new ReviewAnswer(this, items);
    }
}
