namespace Reports.Scoring;

/// <summary>One rule checked for a decision, with its numbers: "total 55.00 &lt; 85", "G2 fail".</summary>
public sealed record TraceStep(string Rule, bool Passed, string Detail);
