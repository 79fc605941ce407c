using System.Globalization;

namespace Reports.Scoring.Evidence;

/// <summary>Whole UTC days from <see cref="First"/> through <see cref="Last"/>, both included: the contract's windows.</summary>
public readonly record struct DayRange(DateOnly First, DateOnly Last)
{
    public int Days => Last.DayNumber - First.DayNumber + 1;

    /// <summary>"The <paramref name="days"/> days ending on D": D−(days−1) … D.</summary>
    public static DayRange Ending(DateOnly last, int days) => new(last.AddDays(1 - days), last);

    public bool Contains(DateOnly day) => day >= First && day <= Last;

    public IEnumerable<DateOnly> EachDay()
    {
        for (var day = First; day <= Last; day = day.AddDays(1))
        {
            yield return day;
        }
    }

    /// <summary>"2026-03-02…08", "2026-02-27…03-05", "2025-12-29…2026-01-04"; one day alone is its date.</summary>
    public override string ToString()
    {
        var first = First.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var last = First == Last ? ""
            : First.Year != Last.Year ? Last.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : First.Month != Last.Month ? Last.ToString("MM-dd", CultureInfo.InvariantCulture)
            : Last.ToString("dd", CultureInfo.InvariantCulture);
        return last.Length == 0 ? first : $"{first}…{last}";
    }
}
