using Reports.Archive;
using Reports.Domain;
using Reports.Scoring;
using Reports.Site.Models;

namespace Reports.Site.Views;

/// <summary>Status words, symbols and colour classes, in one place so every page says a status the same way.</summary>
public static class Chips
{
    public static StatusChip Gate(GateStatus status) => status switch
    {
        GateStatus.Pass => new("pass", "\u2713", "status-pass"),
        GateStatus.Fail => new("fail", "\u2717", "status-fail"),
        GateStatus.Pending => new("pending", "\u2026", "status-pending"),
        GateStatus.NotApplicable => new("n/a", "\u2013", "status-na"),
        _ => new("unknown", "?", "status-unknown"),
    };

    /// <summary>A gate of another phase with nothing recorded: it decides nothing that week, so it is not "unknown".</summary>
    public static StatusChip OtherPhaseGate { get; } = new("not this phase", "\u2013", "status-na");

    public static StatusChip Condition(ConditionState state) => state switch
    {
        ConditionState.Active => new("active", "\u2717", "status-active"),
        ConditionState.Clear => new("clear", "\u2713", "status-clear"),
        _ => new("not measured", "?", "status-not-measured"),
    };

    public static StatusChip Rule(bool passed) =>
        passed ? new("met", "\u2713", "status-pass") : new("not met", "\u2717", "status-fail");

    public static StatusChip Decision(Decision decision) => decision switch
    {
        Domain.Decision.Advance => new("advance", "\u2191", "status-advance"),
        Domain.Decision.Freeze => new("freeze", "\u25a0", "status-freeze"),
        _ => new("stay", "\u2192", "status-stay"),
    };

    public static StatusChip Incident(bool open) =>
        open ? new("open", "\u25cf", "status-open") : new("resolved", "\u2713", "status-resolved");

    public static StatusChip Finding(FindingStatus status) => status switch
    {
        FindingStatus.Open => new("open", "\u25cf", "status-open"),
        FindingStatus.Mitigated => new("mitigated", "\u2713", "status-resolved"),
        FindingStatus.Fixed => new("fixed", "\u2713", "status-resolved"),
        _ => new("won't fix", "\u2013", "status-na"),
    };

    /// <summary>Whether a published week still reads as it was published.</summary>
    public static StatusChip Publication(Restatement restatement) =>
        restatement.Removed ? new("no longer scored", "\u2013", "status-unknown")
        : restatement.IsRestated ? new("restated", "!", "status-pending")
        : new("as published", "\u2713", "status-pass");

    /// <summary>The contract's spelling of a decision: stay, advance, freeze.</summary>
    public static string DecisionCode(Decision decision) => decision switch
    {
        Domain.Decision.Advance => "advance",
        Domain.Decision.Freeze => "freeze",
        _ => "stay",
    };

    public static string SeverityLabel(Severity severity) => severity switch
    {
        Severity.Sev1 => "Sev-1",
        Severity.Sev2 => "Sev-2",
        Severity.Sev3 => "Sev-3",
        _ => "Sev-4",
    };

    public static string PriorityLabel(Priority priority) => priority switch
    {
        Priority.P0 => "P0",
        Priority.P1 => "P1",
        Priority.P2 => "P2",
        _ => "P3",
    };
}
