namespace Reports.History;

/// <summary>A category as one side of a comparison states it.</summary>
public sealed record WeekSideCategory(string Key, string Name, int Score, decimal Points);
