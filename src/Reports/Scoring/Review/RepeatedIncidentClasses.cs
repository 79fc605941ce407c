using Reports.Scoring.Evidence;

namespace Reports.Scoring.Review;

/// <summary>
/// "Which incident classes repeated?" (plan §6): the classes with two or more incidents opened in the
/// <c>repeat_window_days</c> ending on the week's date, both ends included. Incidents without a class are not counted.
/// </summary>
public sealed class RepeatedIncidentClasses : IReviewQuestion
{
    public string Code => "repeated-incident-classes";

    public string Title => "Which incident classes repeated?";

    public string None => "no incident class repeated";

    public ReviewAnswer Answer(ReviewFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var window = DayRange.Ending(facts.Day, facts.Policy.Review.RepeatWindowDays);
        var items = facts.Records.IncidentsOpenedIn(window).ToArray()
            .Where(i => i.Class is not null)
            .GroupBy(i => i.Class!, StringComparer.Ordinal)
            .Where(g => g.Count() >= 2)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new ReviewItem(
                null,
                $"{g.Key}: {EvidenceText.Count(g.Count())} incidents opened over {window}",
                [.. g.OrderBy(i => i.Opened).Select(i => new ReviewRef(ReviewRefKind.Incident, i.Id))]))
            .ToList();
        return new ReviewAnswer(this, items);
    }
}
