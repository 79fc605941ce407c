namespace Reports.Domain;

/// <summary>The rule that computes a gate from the evidence (<c>computed_by</c> of <c>gates.csv</c>).</summary>
public enum EvidenceRule
{
    /// <summary><c>ci-minimums</c> (the plan's G4).</summary>
    CiMinimums,

    /// <summary><c>slo-attainment</c> (G5).</summary>
    SloAttainment,

    /// <summary><c>operational-readiness</c> (G6).</summary>
    OperationalReadiness,

    /// <summary><c>error-budget</c> (G7).</summary>
    ErrorBudget,

    /// <summary><c>reentry-guardrail</c> (G8).</summary>
    ReentryGuardrail,
}
