using Reports.Rendering.Templates;
using Reports.Scoring.Review;
using Reports.Site.Models;

namespace Reports.Site.Views;

/// <summary>
/// Turns a week's review into its page view: each cited record becomes a link to where the site shows its evidence
/// (a gate's row on the gates page, an incident's or a finding's row on theirs; an SLO's verdict is G5's evidence).
/// </summary>
/// <param name="hrefOf">The root-relative address of a cited record; null when no page shows it.</param>
/// <param name="markdown">A Markdown cell as safe HTML; null when blank.</param>
internal sealed class ChecklistViews(Func<ReviewRef, string?> hrefOf, Func<string, TrustedHtml?> markdown)
{
    public ChecklistView Of(WeeklyReview review) => new([.. review.Checklist.Select(a => new ChecklistQuestionView(
        a.Question.Code,
        a.Question.Title,
        a.EmptyText,
        a.NotMeasured is not null,
        [.. a.Items.Select(ToItem)]))]);

    private ChecklistItemView ToItem(ReviewItem item) => new(
        item.Subject is { } subject ? ToRef(subject) : null,
        item.Text,
        markdown(item.Markdown),
        [.. item.Related.Select(ToRef)],
        SafeLink.Accept(item.Link));

    private ChecklistRefView ToRef(ReviewRef reference) => new(reference.Id, hrefOf(reference));
}
