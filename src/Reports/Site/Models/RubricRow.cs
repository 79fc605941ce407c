using Reports.Rendering.Templates;

namespace Reports.Site.Models;

/// <summary>A rubric category with its weight, points per level and level descriptors (index = level 0–4).</summary>
public sealed record RubricRow(string Key, string Name, int Weight, string PointsPerLevel, IReadOnlyList<TrustedHtml> Levels);
