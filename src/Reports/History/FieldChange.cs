namespace Reports.History;

/// <summary>One field of a record before and after, as text; null where the record did not exist.</summary>
public sealed record FieldChange(string Field, string? Before, string? After);
