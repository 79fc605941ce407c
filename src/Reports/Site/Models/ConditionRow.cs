namespace Reports.Site.Models;

/// <summary>A No-Go condition or freeze trigger with its code, state and cause.</summary>
public sealed record ConditionRow(string Code, string Description, StatusChip State, string Detail, bool IsActive, bool IsNotMeasured);
