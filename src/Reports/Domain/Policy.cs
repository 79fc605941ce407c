namespace Reports.Domain;

/// <summary>Thresholds and settings from <c>policy.csv</c>; defaults are the plan's (§5, §8).</summary>
public sealed record Policy(
    int StartPhase,
    decimal HardeningCompleteTotal,
    decimal EnterValidationTotal,
    int EnterValidationMinCategory,
    decimal EnterReentryTotal,
    int EnterReentryMinCategory,
    decimal FreezeTotal,
    int FreezeMinCategory,
    int FreezeReturnsToPhase,
    IReadOnlyList<string> Pillars)
{
    /// <summary>
    /// When the data starts in phase 2 with its validation window already open, the window's first day: a weekly
    /// snapshot's rows are evaluated alone, and its window began in weeks the snapshot does not keep. Never read from
    /// <c>policy.csv</c>; null means the window opens on the first week, as the evidence contract says.
    /// </summary>
    public DateOnly? StartValidationWindow { get; init; }

    /// <summary>The settings of the evidence rules (SLOs, CI, cadence).</summary>
    public EvidencePolicy Evidence { get; init; } = EvidencePolicy.Default;

    /// <summary>The weekly review's settings (owner, duration targets, repeat window, forecast).</summary>
    public ReviewPolicy Review { get; init; } = ReviewPolicy.Default;

    /// <summary>The plan's duration target of a phase; null for phase 3, which is ongoing.</summary>
    public DayTarget? PhaseTarget(int phase) => phase switch
    {
        1 => Review.Phase1TargetDays,
        2 => Review.Phase2TargetDays ?? new DayTarget(Evidence.ValidationWindowMinDays, Evidence.ValidationWindowMaxDays),
        _ => null,
    };

    public static Policy Default { get; } = new(
        StartPhase: 1,
        HardeningCompleteTotal: 80m,
        EnterValidationTotal: 85m,
        EnterValidationMinCategory: 2,
        EnterReentryTotal: 90m,
        EnterReentryMinCategory: 3,
        FreezeTotal: 85m,
        FreezeMinCategory: 2,
        FreezeReturnsToPhase: 1,
        Pillars: ["hydra", "video", "queue", "socket", "auth"]);
}
