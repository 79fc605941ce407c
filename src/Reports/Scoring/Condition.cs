namespace Reports.Scoring;

/// <summary>A No-Go condition or freeze trigger with its stable code (e.g. <c>open-sev1</c>) and what caused it.</summary>
/// <param name="Detail">Human-readable cause, e.g. "M-1" or "total 55.00 &lt; 85".</param>
public sealed record Condition(string Code, string Description, ConditionState State, string Detail);
