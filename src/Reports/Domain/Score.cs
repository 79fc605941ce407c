namespace Reports.Domain;

/// <summary>One category's score in one week (a row of <c>scores.csv</c>). Rationale is Markdown.</summary>
public sealed record Score(DateOnly WeekOf, string Category, int Value, string Rationale);
