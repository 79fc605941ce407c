using Reports.Domain;
using Reports.Scoring.Evidence;
using Reports.Scoring.Freeze;
using Reports.Scoring.NoGo;

namespace Reports.Scoring;

/// <summary>Every coded rule of the data contract, in the contract's order: the one place they are listed.</summary>
public static class ContractRules
{
    private static readonly OpenSev1 SharedOpenSev1 = new();

    /// <summary>Automatic No-Go conditions (plan §5), evaluated every week; any active one blocks advancing.</summary>
    public static IReadOnlyList<IWeekCondition> NoGo { get; } =
    [
        SharedOpenSev1,
        new OpenRedTeamP0P1(),
        new SloConsecutiveMiss(),
        new SmokeE2eFailing(),
    ];

    /// <summary>Feature freeze triggers (plan §8), evaluated in phase 3 only; any active one freezes.</summary>
    /// <remarks>An open Sev-1 is both a No-Go and a freeze trigger: the same rule, so the same answer.</remarks>
    public static IReadOnlyList<IWeekCondition> FreezeTriggers { get; } =
    [
        new TotalBelowFreeze(),
        new CategoryBelowFreeze(),
        SharedOpenSev1,
        new OpenP0(),
    ];

    /// <summary>The rules that compute gates from the evidence (<c>computed_by</c>), in the contract's order.</summary>
    public static IReadOnlyList<IGateRule> Gates { get; } =
    [
        new CiMinimums(),
        new SloAttainment(),
        new OperationalReadiness(),
        new ErrorBudget(),
        new ReentryGuardrail(),
    ];

    public static IGateRule Gate(EvidenceRule rule) => Gates.First(g => g.Rule == rule);
}
