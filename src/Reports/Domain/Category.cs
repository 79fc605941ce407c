namespace Reports.Domain;

/// <summary>A scored rubric category (a row of <c>rubric.csv</c>).</summary>
/// <param name="Levels">Descriptors for levels 0–4; an empty string where the rubric gives none.</param>
public sealed record Category(string Key, string Name, int Weight, IReadOnlyList<string> Levels)
{
    /// <summary>Points one level of this category is worth: weight / 4.</summary>
    public decimal PointsPerLevel => Weight / 4m;

    public decimal PointsFor(int score) => score * Weight / 4m;
}
