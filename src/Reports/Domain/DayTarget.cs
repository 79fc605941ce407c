namespace Reports.Domain;

/// <summary>A duration target in whole days, from <see cref="Min"/> to <see cref="Max"/> (policy value <c>14;28</c>).</summary>
public readonly record struct DayTarget(int Min, int Max);
