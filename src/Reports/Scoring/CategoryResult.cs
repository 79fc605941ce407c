using Reports.Domain;

namespace Reports.Scoring;

/// <summary>One category in one week: score, weighted points, and the change from the previous scored week.</summary>
public sealed record CategoryResult(Category Category, int Score, decimal Points, int? PreviousScore, string Rationale)
{
    public int? Delta => PreviousScore is int previous ? Score - previous : null;
}
