using Reports.Domain;

namespace Reports.Data.Values;

/// <summary>The enumerated values of the contract's columns.</summary>
internal static class Choices
{
    public static ChoiceSet<GateStatus> GateStatus { get; } = new(
    [
        ("pass", Domain.GateStatus.Pass),
        ("fail", Domain.GateStatus.Fail),
        ("pending", Domain.GateStatus.Pending),
        ("n/a", Domain.GateStatus.NotApplicable),
    ]);

    /// <summary><c>sev1</c>–<c>sev4</c>; <c>Sev-1</c> and <c>SEV1</c> are accepted too.</summary>
    public static ChoiceSet<Severity> Severity { get; } = new(
        [
            ("sev1", Domain.Severity.Sev1),
            ("sev2", Domain.Severity.Sev2),
            ("sev3", Domain.Severity.Sev3),
            ("sev4", Domain.Severity.Sev4),
        ],
        text => text.StartsWith("sev-", StringComparison.OrdinalIgnoreCase) ? string.Concat("sev", text.AsSpan(4)) : text);

    public static ChoiceSet<Priority> Priority { get; } = new(
    [
        ("P0", Domain.Priority.P0),
        ("P1", Domain.Priority.P1),
        ("P2", Domain.Priority.P2),
        ("P3", Domain.Priority.P3),
    ]);

    public static ChoiceSet<FindingStatus> FindingStatus { get; } = new(
    [
        ("open", Domain.FindingStatus.Open),
        ("mitigated", Domain.FindingStatus.Mitigated),
        ("fixed", Domain.FindingStatus.Fixed),
        ("wont-fix", Domain.FindingStatus.WontFix),
    ]);

    public static ChoiceSet<Decision> Decision { get; } = new(
    [
        ("stay", Domain.Decision.Stay),
        ("advance", Domain.Decision.Advance),
        ("freeze", Domain.Decision.Freeze),
    ]);

    public static ChoiceSet<CiResult> CiResult { get; } = new(
    [
        ("pass", Domain.CiResult.Pass),
        ("fail", Domain.CiResult.Fail),
        ("flaky", Domain.CiResult.Flaky),
        ("cancelled", Domain.CiResult.Cancelled),
    ]);

    public static ChoiceSet<bool> YesNo { get; } = new([("yes", true), ("no", false)]);

    public static ChoiceSet<EventKind> EventKind { get; } = new(
    [
        ("rollback-drill", Domain.EventKind.RollbackDrill),
        ("release-gate-rehearsal", Domain.EventKind.ReleaseGateRehearsal),
        ("red-team-spot-check", Domain.EventKind.RedTeamSpotCheck),
        ("runbook-update", Domain.EventKind.RunbookUpdate),
        ("rollback", Domain.EventKind.Rollback),
    ]);

    public static ChoiceSet<EventOutcome> EventOutcome { get; } = new(
    [
        ("pass", Domain.EventOutcome.Pass),
        ("fail", Domain.EventOutcome.Fail),
        ("done", Domain.EventOutcome.Done),
    ]);

    /// <summary>The rules a gate may be computed by (<c>computed_by</c> of <c>gates.csv</c>), in the contract's order.</summary>
    public static ChoiceSet<EvidenceRule> EvidenceRule { get; } = new(
    [
        ("ci-minimums", Domain.EvidenceRule.CiMinimums),
        ("slo-attainment", Domain.EvidenceRule.SloAttainment),
        ("operational-readiness", Domain.EvidenceRule.OperationalReadiness),
        ("error-budget", Domain.EvidenceRule.ErrorBudget),
        ("reentry-guardrail", Domain.EvidenceRule.ReentryGuardrail),
    ]);
}
