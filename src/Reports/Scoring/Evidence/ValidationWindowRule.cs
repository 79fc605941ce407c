using Reports.Domain;

namespace Reports.Scoring.Evidence;

/// <summary>
/// "Validation window. For a week in phase 2: from the day after the date of the week whose decision moved the project
/// into phase 2 (an <c>advance</c> from phase 1, or a <c>freeze</c> that returns to phase 2) through D; when the data
/// starts in phase 2, from the first scored week's date. Outside phase 2 there is none." (evidence contract)
/// </summary>
public static class ValidationWindowRule
{
    /// <param name="previous">The week before, evaluated; null for the first scored week.</param>
    /// <param name="previousWindow">The window of the week before, which a week still in phase 2 keeps extending.</param>
    /// <param name="openSince">For the first scored week: the first day of a window already open (<see cref="Policy.StartValidationWindow"/>).</param>
    public static DayRange? For(DateOnly weekOf, int phase, WeekResult? previous, DayRange? previousWindow, DateOnly? openSince = null)
    {
        if (phase != Phases.SloValidation)
        {
            return null;
        }

        var start = previous is null ? (openSince is { } open && open <= weekOf ? open : weekOf)
            : previous.Phase != Phases.SloValidation ? previous.WeekOf.AddDays(1)
            : previousWindow?.First ?? weekOf;
        return new DayRange(start, weekOf);
    }
}
