using Reports.Domain;

namespace Reports.Scoring;

/// <summary>Raise one category from one level to a higher one, gaining <see cref="Gain"/> points.</summary>
public sealed record UpliftStep(Category Category, int From, int To, decimal Gain);
