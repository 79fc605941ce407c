namespace Reports.Scoring.Review;

/// <summary>One question's answer for one week: its items, or why it could not be answered.</summary>
/// <param name="NotMeasured">Why the data cannot answer (no <c>slos.csv</c>); null when it can.</param>
public sealed record ReviewAnswer(IReviewQuestion Question, IReadOnlyList<ReviewItem> Items, string? NotMeasured = null)
{
    /// <summary>The sentence that stands for the answer when it has no items.</summary>
    public string EmptyText => NotMeasured is { } reason ? "not measured: " + reason : Question.None;
}
