namespace Reports.Domain;

/// <summary>One SLO's good and total events on one UTC day (a row of <c>slo-days.csv</c>); 0 ≤ good ≤ total.</summary>
public sealed record SloDay(DateOnly Date, string Slo, long Good, long Total, string Note);
