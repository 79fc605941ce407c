namespace Reports.Scoring.Evidence;

/// <summary>
/// An SLO's error budget and what the validation window burned of it: "budget = (1 − objective/100) × Σtotal over the
/// <c>error_budget_period_days</c> ending on D; burned = Σ(total − good) over the validation window's days; burn % =
/// 100 × burned / budget (0 when nothing burned; a positive burn of a zero budget is over any limit)" (evidence contract).
/// </summary>
public readonly record struct BudgetBurn(decimal Burned, decimal Budget)
{
    /// <summary>A positive burn of a zero budget.</summary>
    public bool IsInfinite => Burned > 0 && Budget == 0;

    /// <summary>The burn in percent of the budget; null when <see cref="IsInfinite"/>.</summary>
    public decimal? Percent => Burned == 0 ? 0m : Budget == 0 ? null : 100m * Burned / Budget;

    /// <summary>Burn % &gt; <paramref name="maxPercent"/>, decided exactly: <c>100 × burned &gt; max × budget</c>.</summary>
    public bool Exceeds(decimal maxPercent) => Burned > 0 && (Budget == 0 || 100m * Burned > maxPercent * Budget);
}
