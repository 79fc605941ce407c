namespace Reports.History;

/// <summary>A category whose score or points differ; null on the side where the category or week is absent.</summary>
public sealed record CategoryChange(string Key, string Name, int? Before, int? After, decimal? PointsBefore, decimal? PointsAfter)
{
    public int? Delta => Before is int before && After is int after ? after - before : null;

    public decimal? PointsDelta => PointsBefore is decimal before && PointsAfter is decimal after ? after - before : null;
}
