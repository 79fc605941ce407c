using Reports.Domain;

namespace Reports.Scoring.Evidence;

/// <summary>
/// The evidence of a program arranged for the weekly rules: each SLO's results by day, each check's runs in order
/// of finishing (ties in file order), events by date. Built once per evaluation, so that a year of daily results and
/// thousands of runs cost each of 520 weeks a few lookups rather than a scan.
/// </summary>
public sealed class EvidenceIndex
{
    private readonly Dictionary<string, Dictionary<DateOnly, SloDay>> daysBySlo;
    private readonly Dictionary<string, CiRun[]> runsByCheck;

    private EvidenceIndex(ReliabilityData data)
    {
        var evidence = data.Evidence;
        Slos = evidence.Slos;
        Events = [.. evidence.Events.OrderBy(e => e.Date)];
        Incidents = data.Incidents;
        FirstWeek = data.Weeks.Count > 0 ? data.Weeks[0] : null;
        HasRuns = evidence.CiRuns.Count > 0;
        daysBySlo = Slos.ToDictionary(s => s.Id, _ => new Dictionary<DateOnly, SloDay>(), StringComparer.Ordinal);
        foreach (var day in evidence.SloDays)
        {
            if (daysBySlo.TryGetValue(day.Slo, out var days))
            {
                days.TryAdd(day.Date, day);
            }
        }

        // OrderBy is stable: runs finished at the same instant keep their file order.
        runsByCheck = evidence.CiRuns
            .OrderBy(r => r.Finished)
            .GroupBy(r => r.Check, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
    }

    public static EvidenceIndex Empty { get; } = new(new ReliabilityData([], Policy.Default, [], [], [], [], [], []));

    /// <summary>The SLOs in file order; none when <c>slos.csv</c> is absent or empty.</summary>
    public IReadOnlyList<Slo> Slos { get; }

    /// <summary>Operational events by date, ties in file order.</summary>
    public IReadOnlyList<OperationalEvent> Events { get; }

    public IReadOnlyList<Incident> Incidents { get; }

    /// <summary>The first scored week's date: where the cadence counts from when nothing happened yet.</summary>
    public DateOnly? FirstWeek { get; }

    /// <summary>Whether <c>ci-runs.csv</c> has any row.</summary>
    public bool HasRuns { get; }

    public static EvidenceIndex From(ReliabilityData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return new EvidenceIndex(data);
    }

    /// <summary>The SLO's result on that day, or null when no row has one.</summary>
    public SloDay? Day(string slo, DateOnly date) =>
        daysBySlo.TryGetValue(slo, out var days) ? days.GetValueOrDefault(date) : null;

    /// <summary>
    /// The check's runs finished on or before <paramref name="day"/> (by UTC date) that <paramref name="counts"/>,
    /// latest first; cancelled runs never count.
    /// </summary>
    public IEnumerable<CiRun> RunsBackFrom(string check, DateOnly day, Func<CiRun, bool> counts)
    {
        if (!runsByCheck.TryGetValue(check, out var runs))
        {
            yield break;
        }

        for (var i = LastOnOrBefore(runs, day); i >= 0; i--)
        {
            var run = runs[i];
            if (run.Result != CiResult.Cancelled && counts(run))
            {
                yield return run;
            }
        }
    }

    private static int LastOnOrBefore(CiRun[] runs, DateOnly day)
    {
        int low = 0, high = runs.Length - 1, found = -1;
        while (low <= high)
        {
            var middle = low + ((high - low) / 2);
            if (runs[middle].FinishedOn <= day)
            {
                found = middle;
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return found;
    }
}
