using System.Text;
using Reports.Scoring.Review;

namespace Reports.Rendering.Text;

/// <summary>The weekly review's checklist as plain text: each question, then its lines or the sentence that says there are none.</summary>
public static class ChecklistText
{
    public static void Append(StringBuilder text, WeeklyReview review, TextPaint paint)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(review);
        ArgumentNullException.ThrowIfNull(paint);
        if (review.Checklist.Count == 0)
        {
            return;
        }

        text.Append(paint.Strong("Review checklist")).Append('\n');
        foreach (var answer in review.Checklist)
        {
            text.Append("  ").Append(answer.Question.Title);
            if (answer.Items.Count == 0)
            {
                text.Append(' ').Append(answer.NotMeasured is null ? paint.Good(answer.EmptyText) : answer.EmptyText).Append('\n');
                continue;
            }

            text.Append('\n');
            foreach (var item in answer.Items)
            {
                text.Append("    ").Append(Line(item)).Append('\n');
            }
        }

        text.Append('\n');
    }

    /// <summary>"G2 Reliability blockers closed: fail", "KI-1 fixed 2026-02-18, tested by: `a.test.ts`", "class: … (INC-1, INC-4)".</summary>
    public static string Line(ReviewItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var line = new StringBuilder();
        if (item.Subject is { } subject)
        {
            line.Append(subject.Id).Append(' ');
        }

        line.Append(item.Text);
        if (item.Markdown.Length > 0)
        {
            line.Append(item.Text.EndsWith(':') ? " " : " — ").Append(string.Join(' ', item.Markdown.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)));
        }

        if (item.Related.Count > 0)
        {
            line.Append(" (").Append(string.Join(", ", item.Related.Select(r => r.Id))).Append(')');
        }

        if (item.Link is { } link)
        {
            line.Append(" <").Append(link).Append('>');
        }

        return line.ToString();
    }
}
