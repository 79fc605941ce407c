namespace Reports.Scoring.Evidence;

/// <summary>The CI evidence of one week: the smoke check's failures in a row, and each required check's flake rate (null without runs).</summary>
public sealed record CiSummary(int SmokeFailuresInARow, IReadOnlyList<KeyValuePair<string, decimal?>> FlakeRates)
{
    public static CiSummary None { get; } = new(0, []);
}
