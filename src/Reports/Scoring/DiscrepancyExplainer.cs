using Reports.Domain;
using static System.FormattableString;

namespace Reports.Scoring;

/// <summary>
/// Says why a recorded decision differs from the computed one (contract: "the report says so and
/// why"), naming the rules that decided: "recorded advance, but Reliability Outcomes is 1 &lt; 2; total 55.00 &lt; 85".
/// </summary>
internal static class DiscrepancyExplainer
{
    /// <returns>Null when nothing was recorded or the recorded decision is the computed one.</returns>
    public static string? Explain(RecordedDecision? recorded, int phase, PhaseDecision computed)
    {
        if (recorded is null || recorded.Decision == computed.Decision)
        {
            return null;
        }

        var blockers = Join(computed.Checks.Where(c => c.Blocks).Select(c => c.Why));
        var passed = Join(computed.Checks.Where(c => c.Passed).Select(c => c.Detail));
        var why = (computed.Decision, recorded.Decision) switch
        {
            (Decision.Freeze, _) => $"a freeze trigger is active: {blockers}",
            (Decision.Advance, Decision.Stay) => Invariant($"every rule to leave phase {phase} passed ({passed}){Unmeasured(computed)}"),
            (Decision.Advance, _) => Invariant($"freeze applies only in phase {PhaseMachine.ReentryPhase}, and every rule to leave phase {phase} passed ({passed})"),
            (_, Decision.Freeze) when phase == PhaseMachine.ReentryPhase => $"no freeze trigger is active ({passed})",
            (_, Decision.Freeze) => Invariant($"freeze applies only in phase {PhaseMachine.ReentryPhase}; phase {phase} stays because {blockers}"),
            _ when phase == PhaseMachine.ReentryPhase => Invariant($"phase {phase} is the last phase: with no freeze trigger active the rules say stay"),
            _ => blockers,
        };
        return $"recorded {ContractText.Name(recorded.Decision)}, but {why}";
    }

    // A review may have stayed for a reason the data cannot show; say which rules were not measured.
    private static string Unmeasured(PhaseDecision computed)
    {
        var codes = computed.Checks.Where(c => c.NotMeasured).Select(c => c.Rule).ToList();
        return codes.Count == 0 ? "" : $"; not measured: {string.Join(", ", codes)}";
    }

    private static string Join(IEnumerable<string> parts) => string.Join("; ", parts);
}
