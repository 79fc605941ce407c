using Reports.Domain;
using Reports.Scoring.Evidence;

namespace Reports.Scoring.Review;

/// <summary>
/// "What was rolled back and why?" (plan §6): the <c>rollback</c> events dated that week, with their note, and the
/// incidents beside each one: those open on its date, the day of resolution included. Not measured without events.
/// </summary>
public sealed class Rollbacks : IReviewQuestion
{
    public string Code => "rollbacks";

    public string Title => "What was rolled back and why?";

    public string None => "nothing was rolled back this week";

    public ReviewAnswer Answer(ReviewFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        if (facts.Data.Evidence.Events.Count == 0)
        {
            return new ReviewAnswer(this, [], "events.csv has no rows");
        }

        var items = facts.Data.Evidence.Events
            .Where(e => e.Kind == EventKind.Rollback && facts.Period.Contains(e.Date))
            .OrderBy(e => e.Date)
            .Select(e => new ReviewItem(
                null,
                EvidenceText.Date(e.Date) + (e.Title.Length > 0 ? ": " + e.Title : ""),
                [.. facts.Data.Incidents
                    .Where(i => i.Opened <= e.Date && (i.Resolved is null || i.Resolved >= e.Date))
                    .Select(i => new ReviewRef(ReviewRefKind.Incident, i.Id))],
                e.Note,
                e.Link))
            .ToList();
        return new ReviewAnswer(this, items);
    }
}
