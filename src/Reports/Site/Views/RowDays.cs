using Reports.Domain;

namespace Reports.Site.Views;

/// <summary>
/// The day counts the incidents and findings tables show, all as of <see cref="AsOf"/>: the latest scored week's date
/// (the data's date, never the clock), so the same data always gives the same pages.
/// </summary>
/// <param name="AsOf">The latest scored week's date; null when no week is scored (then nothing has an age).</param>
public sealed record RowDays(DateOnly? AsOf)
{
    /// <summary>Days open as of <see cref="AsOf"/> for a row still open then; null once closed, or not yet opened.</summary>
    public int? Age(DateOnly opened, DateOnly? closed) =>
        AsOf is DateOnly day && opened <= day && (closed is null || closed > day) ? day.DayNumber - opened.DayNumber : null;

    /// <summary>Days from opening to closing; null while open.</summary>
    public static int? DaysToClose(DateOnly opened, DateOnly? closed) =>
        closed is DateOnly end ? end.DayNumber - opened.DayNumber : null;

    /// <summary>
    /// How a finding stands against its due date as of <see cref="AsOf"/>, by <see cref="Finding.IsOverdueOn"/> (the
    /// review checklist's rule): "overdue by N days", "due today", "due in N days", or empty when it names no due
    /// date, is resolved or no week is scored.
    /// </summary>
    public string DueNote(Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        if (AsOf is not DateOnly day || finding.Due is not DateOnly due || !finding.IsUnresolvedOn(day))
        {
            return "";
        }

        var days = due.DayNumber - day.DayNumber;
        return finding.IsOverdueOn(day) ? "overdue by " + Format.Days(-days)
            : days == 0 ? "due today"
            : "due in " + Format.Days(days);
    }

    /// <summary>Whether the finding is past due as of <see cref="AsOf"/> (due today is not).</summary>
    public bool IsOverdue(Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        return AsOf is DateOnly day && finding.IsOverdueOn(day);
    }
}
