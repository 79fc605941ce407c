using Reports.Domain;

namespace Reports.Scoring.Review;

/// <summary>
/// "Which gates failed?" (plan §6): the gates of the week's phase that failed, or have no result at all (unknown
/// blocks the exit like fail). Pending gates are under review, not failed.
/// </summary>
public sealed class GatesFailedOrUnknown : IReviewQuestion
{
    public string Code => "gates-failed";

    public string Title => "Which gates failed or are unknown?";

    public string None => "no gate of the phase failed or is unknown";

    public ReviewAnswer Answer(ReviewFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var items = facts.Week.PhaseGates
            .Where(g => g.Status is GateStatus.Fail or GateStatus.Unknown)
            .Select(g => new ReviewItem(new ReviewRef(ReviewRefKind.Gate, g.Gate.Id), $"{g.Gate.Name}: {ContractText.Name(g.Status)}", []))
            .ToList();
        return new ReviewAnswer(this, items);
    }
}
