namespace Reports.Rendering.Charts;

/// <summary>The charts of the evidence pages (<c>/slos/</c>, <c>/ci/</c>), rendered from one <see cref="Scoring.ProgramReport"/>.</summary>
/// <param name="SloAttainment">One daily attainment chart per SLO, in the order of <c>slos.csv</c>.</param>
/// <param name="BudgetBurn">Error budget left, day by day, over the latest validation window.</param>
/// <param name="FlakeRate">Each required check's flake rate, week by week.</param>
public sealed record EvidenceChartSet(IReadOnlyList<Chart> SloAttainment, Chart BudgetBurn, Chart FlakeRate) : IChartSet
{
    public IEnumerable<Chart> All => [.. SloAttainment, BudgetBurn, FlakeRate];
}
