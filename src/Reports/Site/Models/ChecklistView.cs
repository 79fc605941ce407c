namespace Reports.Site.Models;

/// <summary>The weekly review's checklist as a page shows it: one entry per question, in the checklist's order.</summary>
public sealed record ChecklistView(IReadOnlyList<ChecklistQuestionView> Questions);
