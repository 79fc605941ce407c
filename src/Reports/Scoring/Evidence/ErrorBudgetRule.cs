using Reports.Domain;

namespace Reports.Scoring.Evidence;

/// <summary>
/// The error budget of one SLO in a week of phase 2 (see <see cref="BudgetBurn"/>): the budget of the
/// <c>error_budget_period_days</c> ending on D, and what the days of the validation window burned. "A pillar's burn is
/// its highest SLO's."
/// </summary>
public static class ErrorBudgetRule
{
    public static BudgetBurn Burn(Slo slo, DateOnly weekOf, DayRange validationWindow, EvidencePolicy policy, EvidenceIndex evidence)
    {
        ArgumentNullException.ThrowIfNull(slo);
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(evidence);
        decimal periodTotal = 0, burned = 0;
        foreach (var date in DayRange.Ending(weekOf, policy.ErrorBudgetPeriodDays).EachDay())
        {
            periodTotal += evidence.Day(slo.Id, date)?.Total ?? 0;
        }

        foreach (var date in validationWindow.EachDay())
        {
            if (evidence.Day(slo.Id, date) is { } day)
            {
                burned += day.Total - day.Good;
            }
        }

        // (1 − objective/100) × Σtotal, exact: dividing by 100 only moves the decimal point.
        return new BudgetBurn(burned, (100m - slo.Objective) * periodTotal / 100m);
    }
}
