namespace Reports.Domain;

/// <summary>One gate's status in one week (a row of <c>gate-results.csv</c>). Evidence is Markdown.</summary>
public sealed record GateResult(DateOnly WeekOf, string Gate, GateStatus Status, string Evidence, string? Link);
