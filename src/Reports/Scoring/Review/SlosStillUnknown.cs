using Reports.Scoring.Evidence;

namespace Reports.Scoring.Review;

/// <summary>
/// "Which SLOs are still <c>Unknown</c>?" (plan §6): the SLOs whose G5 verdict over the window ending on the week's
/// date is unknown, because a day has no result or nothing had traffic. Not measured without <c>slos.csv</c>.
/// </summary>
public sealed class SlosStillUnknown : IReviewQuestion
{
    public string Code => "slos-unknown";

    public string Title => "Which SLOs are still Unknown?";

    public string None => "no SLO is Unknown";

    public ReviewAnswer Answer(ReviewFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        if (facts.Data.Evidence.Slos.Count == 0)
        {
            return new ReviewAnswer(this, [], "slos.csv defines no SLO");
        }

        var items = facts.Week.Evidence.Slos
            .Where(s => s.Status == SloStatus.Unknown)
            .Select(s => new ReviewItem(new ReviewRef(ReviewRefKind.Slo, s.Id), Why(s.Window), []))
            .ToList();
        return new ReviewAnswer(this, items);
    }

    private static string Why(SloWindow window) => window.UnknownDays.Count switch
    {
        0 => $"{window.Slo.Pillar}: no traffic over {window.Range}",
        var n when n == window.Range.Days => $"{window.Slo.Pillar}: no results over {window.Range}",
        var n => $"{window.Slo.Pillar}: {EvidenceText.Count(n)} of {EvidenceText.Count(window.Range.Days)} days without results over {window.Range}",
    };
}
