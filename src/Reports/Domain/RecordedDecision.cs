namespace Reports.Domain;

/// <summary>The decision the review actually recorded (a row of <c>decisions.csv</c>).</summary>
public sealed record RecordedDecision(DateOnly WeekOf, Decision Decision, string Note);
