namespace Reports.Domain;

/// <summary>A scored rubric category (a row of <c>rubric.csv</c>).</summary>
/// <param name="Levels">Descriptors for levels 0–4; an empty string where the rubric gives none.</param>
public sealed record Category(string Key, string Name, int Weight, IReadOnlyList<string> Levels)
{
    /// <summary>Points one level of this category is worth: weight / 4.</summary>
    public decimal PointsPerLevel => Weight / 4m;

    public decimal PointsFor(int score) => score * Weight / 4m;

    /// <summary>
    /// Short label for compact lists, as the plan's scorecard columns use them ("Outcomes", "CI"):
    /// the key's words title-cased, two-letter words upper-cased.
    /// </summary>
    public string ShortLabel => string.Join(' ', Key.Split(['-', '_', ' '], StringSplitOptions.RemoveEmptyEntries).Select(Word));

    private static string Word(string w) => w.Length <= 2
        ? w.ToUpperInvariant()
        : char.ToUpperInvariant(w[0]) + w[1..];
}
