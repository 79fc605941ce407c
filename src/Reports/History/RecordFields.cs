using System.Globalization;
using Reports.Domain;
using Reports.Scoring;

namespace Reports.History;

/// <summary>Each record as its CSV columns and their values, spelt as the data files spell them, for field-by-field comparison.</summary>
internal static class RecordFields
{
    public static IReadOnlyList<(string Field, string Value)> Of(Category category) =>
    [
        ("name", category.Name),
        ("weight", Number(category.Weight)),
        .. category.Levels.Select((level, i) => ($"level_{Number(i)}", level)),
    ];

    public static IReadOnlyList<(string Field, string Value)> Of(GateDefinition gate) =>
    [
        ("phase", Number(gate.Phase)),
        ("name", gate.Name),
        ("criteria", gate.Criteria),
    ];

    public static IReadOnlyList<(string Field, string Value)> Of(Incident incident) =>
    [
        ("severity", Name(incident.Severity)),
        ("pillar", incident.Pillar),
        ("title", incident.Title),
        ("opened", Date(incident.Opened)),
        ("resolved", Date(incident.Resolved)),
        ("summary", incident.Summary),
        ("link", incident.Link ?? ""),
        ("class", incident.Class ?? ""),
        ("owner", incident.Owner ?? ""),
    ];

    public static IReadOnlyList<(string Field, string Value)> Of(Finding finding) =>
    [
        ("title", finding.Title),
        ("priority", finding.Priority.ToString()),
        ("source", finding.Source),
        ("status", Name(finding.Status)),
        ("opened", Date(finding.Opened)),
        ("closed", Date(finding.Closed)),
        ("evidence", finding.Evidence),
        ("owner", finding.Owner ?? ""),
        ("due", Date(finding.Due)),
        ("link", finding.Link ?? ""),
        ("pillar", finding.Pillar ?? ""),
        ("regression_test", finding.RegressionTest),
    ];

    /// <summary>The policy as <c>policy.csv</c> keys, defaults included: a missing key and its default are the same policy.</summary>
    public static IReadOnlyList<(string Field, string Value)> Of(Policy policy) =>
    [
        ("start_phase", Number(policy.StartPhase)),
        ("hardening_complete_total", ContractText.Threshold(policy.HardeningCompleteTotal)),
        ("enter_validation_total", ContractText.Threshold(policy.EnterValidationTotal)),
        ("enter_validation_min_category", Number(policy.EnterValidationMinCategory)),
        ("enter_reentry_total", ContractText.Threshold(policy.EnterReentryTotal)),
        ("enter_reentry_min_category", Number(policy.EnterReentryMinCategory)),
        ("freeze_total", ContractText.Threshold(policy.FreezeTotal)),
        ("freeze_min_category", Number(policy.FreezeMinCategory)),
        ("freeze_returns_to_phase", Number(policy.FreezeReturnsToPhase)),
        ("pillars", string.Join(';', policy.Pillars)),
    ];

    public static string Name(Severity severity) => "sev" + Number((int)severity);

    public static string Name(FindingStatus status) => status switch
    {
        FindingStatus.Open => "open",
        FindingStatus.Mitigated => "mitigated",
        FindingStatus.Fixed => "fixed",
        FindingStatus.WontFix => "wont-fix",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "not a finding status of the contract"),
    };

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";
}
