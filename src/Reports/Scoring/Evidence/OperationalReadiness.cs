using Reports.Domain;

namespace Reports.Scoring.Evidence;

/// <summary>
/// <c>operational-readiness</c> (G6): "outside phase 2 <c>pending</c>. In phase 2: <c>pass</c> when a
/// <c>rollback-drill</c> with outcome <c>pass</c> is dated in the validation window and a <c>runbook-update</c>
/// (outcome <c>done</c> or <c>pass</c>) is dated on or before D; <c>fail</c> when rollback drills in the window exist
/// but none passed; else <c>pending</c>." (evidence contract)
/// </summary>
public sealed class OperationalReadiness : IGateRule
{
    public EvidenceRule Rule => EvidenceRule.OperationalReadiness;

    public string Code => "operational-readiness";

    public bool IsMeasured(EvidenceIndex evidence) => evidence?.Events.Count > 0;

    public GateVerdict Evaluate(WeekFacts week)
    {
        ArgumentNullException.ThrowIfNull(week);
        if (week.ValidationWindow is not DayRange window)
        {
            return GateVerdict.Pending($"no validation window in phase {week.Phase}");
        }

        var drills = week.Evidence.Events.Where(e => e.Kind == EventKind.RollbackDrill && window.Contains(e.Date)).ToList();
        var passed = drills.LastOrDefault(e => e.Outcome == EventOutcome.Pass);
        var runbook = week.Evidence.Events.LastOrDefault(e =>
            e.Kind == EventKind.RunbookUpdate && e.Outcome is EventOutcome.Done or EventOutcome.Pass && e.Date <= week.WeekOf);

        if (passed is not null && runbook is not null)
        {
            return GateVerdict.Pass($"rollback drill passed on {EvidenceText.Date(passed.Date)} in the validation window {window}; runbook updated on {EvidenceText.Date(runbook.Date)}");
        }

        if (drills.Count > 0 && passed is null)
        {
            return GateVerdict.Fail($"rollback drill failed on {string.Join(", ", drills.Select(d => EvidenceText.Date(d.Date)))} and none passed in the validation window {window}");
        }

        return GateVerdict.Pending(passed is null
            ? $"no rollback drill in the validation window {window}"
            : $"rollback drill passed on {EvidenceText.Date(passed.Date)}, but no runbook update on or before {EvidenceText.Date(week.WeekOf)}");
    }
}
