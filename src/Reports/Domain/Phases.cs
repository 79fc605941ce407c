namespace Reports.Domain;

/// <summary>The plan's three phases (§2, §3) and the words people use for decisions about them.</summary>
public static class Phases
{
    public const int MetricHardening = 1;
    public const int SloValidation = 2;
    public const int FeatureReentry = 3;

    public static string Name(int phase) => phase switch
    {
        MetricHardening => "Metric Hardening",
        SloValidation => "SLO Validation Window",
        FeatureReentry => "Feature and Polish Re-entry",
        _ => "Unknown phase",
    };

    /// <summary>"Stay in Phase 1", "Advance to Phase 2", "Freeze (back to Phase 1)": as the plan's scorecards write it.</summary>
    public static string DescribeDecision(Decision decision, int phase, int nextPhase) => decision switch
    {
        Decision.Advance => $"Advance to Phase {nextPhase}",
        Decision.Freeze => $"Freeze (back to Phase {nextPhase})",
        _ => $"Stay in Phase {phase}",
    };
}
