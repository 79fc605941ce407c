namespace Reports.Domain;

/// <summary>The evidence rules' settings from <c>policy.csv</c>; defaults are the plan's (§3, §5, §9).</summary>
public sealed record EvidencePolicy(
    int SloWindowDays,
    int SloConsecutiveMissDays,
    int ErrorBudgetPeriodDays,
    decimal ErrorBudgetBurnMax,
    IReadOnlyList<string> RequiredChecks,
    int CiRecentDays,
    string NightlyCheck,
    int NightlyMaxAgeDays,
    int FlakeWindowRuns,
    decimal FlakeRateMax,
    string SmokeCheck,
    int SmokeConsecutiveFailures,
    int RollbackDrillEveryDays,
    int RedTeamSpotCheckEveryDays,
    int ValidationWindowMinDays,
    int ValidationWindowMaxDays)
{
    public static EvidencePolicy Default { get; } = new(
        SloWindowDays: 7,
        SloConsecutiveMissDays: 2,
        ErrorBudgetPeriodDays: 30,
        ErrorBudgetBurnMax: 25m,
        RequiredChecks: ["typecheck", "test", "chromium-smoke"],
        CiRecentDays: 7,
        NightlyCheck: "firefox-nightly",
        NightlyMaxAgeDays: 2,
        FlakeWindowRuns: 20,
        FlakeRateMax: 2m,
        SmokeCheck: "chromium-smoke",
        SmokeConsecutiveFailures: 3,
        RollbackDrillEveryDays: 30,
        RedTeamSpotCheckEveryDays: 14,
        ValidationWindowMinDays: 7,
        ValidationWindowMaxDays: 14);
}
