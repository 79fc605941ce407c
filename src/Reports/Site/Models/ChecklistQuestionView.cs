namespace Reports.Site.Models;

/// <summary>One question and its answer: its lines, or <see cref="EmptyText"/> ("no incident class repeated").</summary>
/// <param name="Code">The question's stable code, also its fragment id (<c>review-repeated-incident-classes</c>).</param>
public sealed record ChecklistQuestionView(string Code, string Title, string EmptyText, bool NotMeasured, IReadOnlyList<ChecklistItemView> Items);
