using Reports.Domain;
using Reports.Scoring.Evidence;

namespace Reports.Scoring.Review;

/// <summary>
/// The data's incidents in the order they opened and its findings in the order they closed, sorted once per program,
/// so that a week's review finds the records of its days by binary search instead of reading them all: thirteen
/// thousand weeks each reading 52,000 incidents made the review quadratic. Records of the same day keep the data's order.
/// </summary>
public sealed class DatedRecords
{
    private readonly Incident[] _incidents;
    private readonly DateOnly[] _opened;
    private readonly Finding[] _findings;
    private readonly DateOnly[] _closed;

    private DatedRecords(ReliabilityData data)
    {
        _incidents = [.. data.Incidents.OrderBy(i => i.Opened)];
        _opened = [.. _incidents.Select(i => i.Opened)];
        _findings = [.. data.Findings.Where(f => f.Closed is not null).OrderBy(f => f.Closed)];
        _closed = [.. _findings.Select(f => f.Closed!.Value)];
    }

    public static DatedRecords Of(ReliabilityData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return new DatedRecords(data);
    }

    /// <summary>The incidents opened on a day of <paramref name="days"/>, by that day.</summary>
    public ReadOnlySpan<Incident> IncidentsOpenedIn(DayRange days) => _incidents.AsSpan(Within(_opened, days));

    /// <summary>The findings closed on a day of <paramref name="days"/>, by that day.</summary>
    public ReadOnlySpan<Finding> FindingsClosedIn(DayRange days) => _findings.AsSpan(Within(_closed, days));

    private static Range Within(DateOnly[] sorted, DayRange days) => First(sorted, days.First)..First(sorted, days.Last.AddDays(1));

    /// <summary>The index of the first day on or after <paramref name="day"/> (the length when there is none).</summary>
    private static int First(DateOnly[] sorted, DateOnly day)
    {
        var (low, high) = (0, sorted.Length);
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            (low, high) = sorted[middle] < day ? (middle + 1, high) : (low, middle);
        }

        return low;
    }
}
