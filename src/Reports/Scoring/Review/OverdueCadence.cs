using Reports.Domain;
using Reports.Scoring.Evidence;

namespace Reports.Scoring.Review;

/// <summary>
/// The plan's cadence (§9): a rollback drill or a red-team spot check overdue on the week's date
/// (<see cref="CadenceRule"/>), with the date of the last one. Not measured without events.
/// </summary>
public sealed class OverdueCadence : IReviewQuestion
{
    public string Code => "overdue-cadence";

    public string Title => "Which cadence items are overdue?";

    public string None => "no cadence item is overdue";

    public ReviewAnswer Answer(ReviewFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var events = facts.Data.Evidence.Events;
        if (events.Count == 0)
        {
            return new ReviewAnswer(this, [], "events.csv has no rows");
        }

        var policy = facts.Policy.Evidence;
        var items = facts.Week.Evidence.Overdue
            .Select(kind =>
            {
                var every = kind == EventKind.RollbackDrill ? policy.RollbackDrillEveryDays : policy.RedTeamSpotCheckEveryDays;
                var last = events.Where(e => e.Kind == kind && e.Date <= facts.Day).Select(e => (DateOnly?)e.Date).Max();
                var since = last is DateOnly day ? "last on " + EvidenceText.Date(day) : "none yet";
                return new ReviewItem(null, $"{EvidenceText.Name(kind)}: due every {EvidenceText.Count(every)} days, {since}", []);
            })
            .ToList();
        return new ReviewAnswer(this, items);
    }
}
