namespace Reports.Site.Models;

/// <summary>The methodology page, generated from the data files: rubric, weights, thresholds, formula, phases, gates.</summary>
/// <param name="NoGoConditions">The automatic No-Go conditions the rules check, as evaluated for the latest week (which are measured).</param>
/// <param name="LevelNames">The scale's level names, index = level.</param>
public sealed record MethodologyModel(
    IReadOnlyList<string> LevelNames,
    IReadOnlyList<RubricRow> Rubric,
    int WeightSum,
    IReadOnlyList<ThresholdRow> Thresholds,
    IReadOnlyList<PhaseView> Phases,
    IReadOnlyList<ConditionRow> NoGoConditions,
    IReadOnlyList<string> Pillars,
    int StartPhase,
    int FreezeReturnsToPhase);
