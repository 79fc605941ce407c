namespace Reports.Scoring.Review;

/// <summary>
/// One line of an answer. <see cref="Subject"/> is what the line is about (a gate, a finding) and links to it;
/// <see cref="Related"/> are the records it cites as evidence (the incidents of a repeated class).
/// </summary>
/// <param name="Text">The line in words, without the subject's id.</param>
/// <param name="Markdown">A Markdown cell the line quotes (a regression test, a rollback's note); empty when none.</param>
/// <param name="Link">An outside address from the data (an event's link); null when none.</param>
public sealed record ReviewItem(ReviewRef? Subject, string Text, IReadOnlyList<ReviewRef> Related, string Markdown = "", string? Link = null);
