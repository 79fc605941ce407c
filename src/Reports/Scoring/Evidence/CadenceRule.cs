using Reports.Domain;

namespace Reports.Scoring.Evidence;

/// <summary>
/// "Cadence (§9, never blocks; only when <c>events.csv</c> has rows): a rollback drill and a red-team spot check (any
/// outcome) are overdue on D when more than their <c>*_every_days</c> days have passed since the last one dated on or
/// before D (when there is none, since the first scored week's date)." (evidence contract)
/// </summary>
public static class CadenceRule
{
    /// <summary>The kinds overdue on <paramref name="weekOf"/>, in the contract's order: <c>rollback-drill</c>, <c>red-team-spot-check</c>.</summary>
    public static IReadOnlyList<EventKind> Overdue(DateOnly weekOf, EvidencePolicy policy, EvidenceIndex evidence)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(evidence);
        if (evidence.Events.Count == 0)
        {
            return [];
        }

        var overdue = new List<EventKind>();
        foreach (var (kind, every) in new[] { (EventKind.RollbackDrill, policy.RollbackDrillEveryDays), (EventKind.RedTeamSpotCheck, policy.RedTeamSpotCheckEveryDays) })
        {
            var since = LastOnOrBefore(kind, weekOf, evidence) ?? evidence.FirstWeek ?? weekOf;
            if (weekOf.DayNumber - since.DayNumber > every)
            {
                overdue.Add(kind);
            }
        }

        return overdue;
    }

    public static DateOnly? LastOnOrBefore(EventKind kind, DateOnly day, EvidenceIndex evidence)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        DateOnly? last = null;
        foreach (var e in evidence.Events)
        {
            if (e.Date > day)
            {
                break;
            }

            if (e.Kind == kind)
            {
                last = e.Date;
            }
        }

        return last;
    }
}
