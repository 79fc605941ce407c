namespace Reports.Scoring;

/// <summary>
/// The fewest single-level raises that reach the next threshold (<see cref="TargetTotal"/> with every
/// category ≥ <see cref="TargetMinCategory"/>), grouped per category in the order first raised.
/// </summary>
public sealed record UpliftPlan(
    string TargetName,
    decimal TargetTotal,
    int TargetMinCategory,
    decimal CurrentTotal,
    IReadOnlyList<UpliftStep> Steps,
    decimal ResultingTotal)
{
    /// <summary>True when the week already meets the target: nothing to raise.</summary>
    public bool AlreadyMet => Steps.Count == 0;

    public decimal Distance => Math.Max(0m, TargetTotal - CurrentTotal);
}
