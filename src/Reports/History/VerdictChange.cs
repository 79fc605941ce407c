namespace Reports.History;

/// <summary>An evidence verdict (an SLO's, by id) that differs; null on the side where it is not stated.</summary>
public sealed record VerdictChange(string Id, string? Before, string? After);
