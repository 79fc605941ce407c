using Reports.Domain;

namespace Reports.Scoring;

/// <summary>What the phase machine decided for one week, and every check it made to decide it.</summary>
internal sealed record PhaseDecision(Decision Decision, int NextPhase, IReadOnlyList<RuleCheck> Checks)
{
    public IReadOnlyList<TraceStep> Trace => Checks.Select(c => c.ToStep()).ToList();
}
