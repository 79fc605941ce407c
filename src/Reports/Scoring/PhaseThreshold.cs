using Reports.Domain;

namespace Reports.Scoring;

/// <summary>A bar from the policy: a total and a per-category minimum, both inclusive.</summary>
internal sealed record PhaseThreshold(string Name, decimal Total, int MinCategory)
{
    /// <summary>
    /// The bar a week in <paramref name="phase"/> is measured against: leaving phase 1 means entering
    /// validation, leaving phase 2 means entering re-entry, and in phase 3 it is the freeze floor.
    /// </summary>
    public static PhaseThreshold For(int phase, Policy policy) => phase switch
    {
        1 => new("enter validation", policy.EnterValidationTotal, policy.EnterValidationMinCategory),
        2 => new("enter re-entry", policy.EnterReentryTotal, policy.EnterReentryMinCategory),
        PhaseMachine.ReentryPhase => new("stay clear of freeze", policy.FreezeTotal, policy.FreezeMinCategory),
        _ => throw new ArgumentOutOfRangeException(nameof(phase), phase, "the plan has phases 1 to 3"),
    };
}
