using Reports.Domain;
using static System.FormattableString;

namespace Reports.Scoring;

/// <summary>
/// The plan's phase transitions (contract, "Rules, per week"). Phases 1 and 2 advance when every exit
/// rule passes and otherwise stay; phase 3 freezes on any freeze trigger and otherwise stays. The
/// phase of the next scored week is the result of this week's decision.
/// </summary>
internal static class PhaseMachine
{
    /// <summary>Feature and Polish Re-entry: the last phase, the only one with freeze triggers.</summary>
    public const int ReentryPhase = 3;

    public static PhaseDecision Decide(WeekFacts week, IReadOnlyList<Condition> noGo, IReadOnlyList<Condition> freezeTriggers) =>
        week.Phase switch
        {
            1 or 2 => DecideExit(week, noGo),
            ReentryPhase => DecideReentry(week, freezeTriggers),
            _ => throw new ArgumentOutOfRangeException(nameof(week), week.Phase, "the plan has phases 1 to 3"),
        };

    /// <summary>Advance iff total ≥ threshold, every category ≥ minimum, every phase gate pass or n/a, and no No-Go.</summary>
    private static PhaseDecision DecideExit(WeekFacts week, IReadOnlyList<Condition> noGo)
    {
        var threshold = PhaseThreshold.For(week.Phase, week.Policy);
        var checks = new List<RuleCheck>();
        checks.AddRange(Checks.Categories(week.Categories, threshold.MinCategory));
        checks.Add(Checks.Total(week.Total, threshold.Total));
        checks.AddRange(GateChecks(week));
        checks.AddRange(NoGoChecks(noGo));

        // Not-measured conditions stay in the trace but cannot block: the data has nothing to decide them on.
        var advance = !checks.Any(c => c.Blocks);
        return advance
            ? new PhaseDecision(Decision.Advance, week.Phase + 1, checks)
            : new PhaseDecision(Decision.Stay, week.Phase, checks);
    }

    /// <summary>Freeze on any active freeze trigger (plan §8), back to <c>freeze_returns_to_phase</c>; else stay.</summary>
    private static PhaseDecision DecideReentry(WeekFacts week, IReadOnlyList<Condition> freezeTriggers)
    {
        var checks = freezeTriggers.Select(c => Checks.Condition(c, RuleKinds.Freeze)).ToList();
        return checks.Any(c => c.Blocks)
            ? new PhaseDecision(Decision.Freeze, week.Policy.FreezeReturnsToPhase, checks)
            : new PhaseDecision(Decision.Stay, week.Phase, checks);
    }

    private static IEnumerable<RuleCheck> GateChecks(WeekFacts week)
    {
        var gates = week.PhaseGates.Select(Checks.Gate).ToList();
        return gates.Count > 0 ? gates : [new RuleCheck(RuleKinds.Gate, true, Invariant($"no phase-{week.Phase} gate defined"))];
    }

    /// <summary>Each active No-Go, or one passing line when none is active; then the not-measured ones.</summary>
    private static IEnumerable<RuleCheck> NoGoChecks(IReadOnlyList<Condition> noGo)
    {
        var active = noGo.Where(c => c.State == ConditionState.Active).Select(Checks.Condition).ToList();
        var unmeasured = noGo.Where(c => c.State == ConditionState.NotMeasured).Select(Checks.Condition);
        return active.Count > 0
            ? active.Concat(unmeasured)
            : unmeasured.Prepend(new RuleCheck(RuleKinds.NoGo, true, "no No-Go condition active"));
    }
}
