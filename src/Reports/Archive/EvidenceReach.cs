using Reports.Domain;
using Reports.Scoring;
using Reports.Scoring.Evidence;

namespace Reports.Archive;

/// <summary>
/// How far back a week's evidence rules read, so that its snapshot keeps those rows and no more: the SLO days of G5's
/// window, the error budget period and the validation window; the incidents open on any day of G5's window (a Sev-1
/// among them fails it), those open on the week's day included; per CI check, the runs G4 and the smoke No-Go look at
/// (the recent days, the nightly's last run, the last <c>flake_window_runs</c>, the smoke check's failures in a row and
/// the run that ended them); every event up to the week, since the cadence reaches back to the last one of each kind.
/// </summary>
public sealed class EvidenceReach
{
    private readonly IReadOnlyDictionary<string, DateOnly> runsFrom;

    private EvidenceReach(DateOnly weekOf, DateOnly sloDaysFrom, IReadOnlyDictionary<string, DateOnly> runsFrom)
    {
        WeekOf = weekOf;
        SloDaysFrom = sloDaysFrom;
        this.runsFrom = runsFrom;
    }

    /// <summary>The last day any rule reads: the week's date.</summary>
    public DateOnly WeekOf { get; }

    /// <summary>The first SLO day the week's rules read.</summary>
    public DateOnly SloDaysFrom { get; }

    public static EvidenceReach Of(ReliabilityData data, WeekResult week)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(week);
        var policy = data.Policy.Evidence;
        var evidence = EvidenceIndex.From(data);
        var d = week.WeekOf;
        var sloFrom = d.AddDays(1 - Math.Max(policy.SloWindowDays, policy.ErrorBudgetPeriodDays));
        if (week.Evidence.ValidationWindow is DayRange window && window.First < sloFrom)
        {
            sloFrom = window.First;
        }

        var runs = new Dictionary<string, DateOnly>(StringComparer.Ordinal);
        void Reach(string check, DateOnly from) => runs[check] = runs.TryGetValue(check, out var known) && known < from ? known : from;
        foreach (var check in policy.RequiredChecks)
        {
            Reach(check, d.AddDays(1 - policy.CiRecentDays));
            var flakeWindow = evidence.RunsBackFrom(check, d, _ => true).Take(policy.FlakeWindowRuns).ToList();
            Reach(check, flakeWindow.Count < policy.FlakeWindowRuns ? DateOnly.MinValue : flakeWindow[^1].FinishedOn);
        }

        Reach(policy.NightlyCheck, d.AddDays(1 - policy.NightlyMaxAgeDays));
        if (evidence.RunsBackFrom(policy.NightlyCheck, d, _ => true).FirstOrDefault() is { } nightly)
        {
            Reach(policy.NightlyCheck, nightly.FinishedOn);
        }

        // Back to the run that ended the streak; with none, every run (the streak starts at the first).
        var streakEnd = evidence.RunsBackFrom(policy.SmokeCheck, d, r => r.Required).FirstOrDefault(r => r.Result != CiResult.Fail);
        Reach(policy.SmokeCheck, streakEnd?.FinishedOn ?? DateOnly.MinValue);
        return new EvidenceReach(d, sloFrom, runs);
    }

    /// <summary>Whether the week's rules read <paramref name="incident"/>: open on any day of G5's window, which ends on the week's day (so every incident open that week).</summary>
    public static bool ReadsIncident(Incident incident, DateOnly weekOf, EvidencePolicy policy)
    {
        ArgumentNullException.ThrowIfNull(incident);
        ArgumentNullException.ThrowIfNull(policy);
        var window = DayRange.Ending(weekOf, policy.SloWindowDays);
        return incident.IsOpenBetween(window.First, window.Last);
    }

    /// <summary>Whether a run of <paramref name="check"/> finished on <paramref name="finishedOn"/> (UTC) is read by the week's rules.</summary>
    public bool Reads(string check, DateOnly finishedOn) =>
        finishedOn <= WeekOf && runsFrom.TryGetValue(check, out var from) && finishedOn >= from;
}
