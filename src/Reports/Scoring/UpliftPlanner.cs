namespace Reports.Scoring;

/// <summary>
/// The fewest single-level raises that reach a threshold (contract, "Uplift plan"): first lift every
/// category below the minimum to the minimum, then one level at a time the raise worth most points;
/// ties go to the lower current score, then rubric order. It stops as soon as total ≥ target and every
/// category ≥ minimum.
/// </summary>
/// <remarks>
/// Every level of a category is worth the same (weight / 4), so taking the largest raise first can
/// never need more raises than any other order. The below-minimum lifts use the same preference
/// among themselves. When the target cannot be reached even with every category at 4 (a policy total
/// above the rubric's weights, or a minimum above 4), the plan raises every category to 4: the most
/// that can be done, with <see cref="UpliftPlan.ResultingTotal"/> showing the shortfall.
/// </remarks>
internal static class UpliftPlanner
{
    public const int TopLevel = 4;

    public static UpliftPlan Plan(IReadOnlyList<CategoryResult> categories, PhaseThreshold target)
    {
        var levels = categories.Select(c => c.Score).ToArray();
        var current = categories.Sum(c => c.Points);
        var total = current;
        var firstRaised = new List<int>();

        while (!Meets(levels, total, target) && NextRaise(categories, levels, target.MinCategory) is int next)
        {
            if (!firstRaised.Contains(next))
            {
                firstRaised.Add(next);
            }

            levels[next]++;
            total += categories[next].Category.PointsPerLevel;
        }

        var steps = firstRaised
            .Select(i => new UpliftStep(
                categories[i].Category,
                categories[i].Score,
                levels[i],
                categories[i].Category.PointsFor(levels[i]) - categories[i].Points))
            .ToList();
        return new UpliftPlan(target.Name, target.Total, target.MinCategory, current, steps, total);
    }

    private static bool Meets(int[] levels, decimal total, PhaseThreshold target) =>
        total >= target.Total && levels.All(l => l >= target.MinCategory);

    /// <summary>The category to raise by one level next, or null when every category is at the top.</summary>
    private static int? NextRaise(IReadOnlyList<CategoryResult> categories, int[] levels, int minimum)
    {
        // Below the minimum first; then the most points per level, the lowest level, the first category. A loop, not
        // a query: this runs for every raise of every week.
        var anyBelowMinimum = levels.Any(l => l < minimum && l < TopLevel);
        int? best = null;
        for (var i = 0; i < levels.Length; i++)
        {
            if (levels[i] >= TopLevel || (anyBelowMinimum && levels[i] >= minimum))
            {
                continue;
            }

            if (best is not int b || Better(i, b))
            {
                best = i;
            }
        }

        return best;

        bool Better(int i, int b) =>
            categories[i].Category.PointsPerLevel != categories[b].Category.PointsPerLevel
                ? categories[i].Category.PointsPerLevel > categories[b].Category.PointsPerLevel
                : levels[i] < levels[b];
    }
}
