namespace Reports.Site.Models;

/// <summary>
/// The evidence part of a weekly report: the validation window's day count, each SLO's verdict, the CI minimums, the
/// cadence items with overdue flags, and the gates the evidence computed, each linking to the section that proves it.
/// </summary>
/// <param name="Any">Whether any evidence file has rows; when none, the report says the evidence is not measured.</param>
/// <param name="SloWindow">G5's window of the week, e.g. "2025-12-16…22".</param>
/// <param name="Window">"2025-12-09…22: day 14 of the plan's 7–14"; null outside phase 2.</param>
/// <param name="WindowNote">Where the count stands against the target: "within the target", "short of the 7-day minimum" …</param>
/// <param name="SmokeStreak">E.g. "2 runs of chromium-smoke failed in a row (3 make the No-Go active)"; null without CI runs.</param>
/// <param name="Blockers">Computed gates of the week's phase that do not pass: what blocks the next phase.</param>
public sealed record WeekEvidenceView(
    bool Any,
    string SloWindow,
    string? Window,
    string? WindowNote,
    IReadOnlyList<SloRow> Slos,
    string? SmokeStreak,
    bool SmokeActive,
    IReadOnlyList<CiCheckRow> Checks,
    IReadOnlyList<CadenceRow> Cadence,
    IReadOnlyList<EvidenceGateRow> Gates,
    IReadOnlyList<EvidenceGateRow> Blockers);
