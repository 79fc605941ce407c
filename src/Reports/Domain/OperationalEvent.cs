namespace Reports.Domain;

/// <summary>An operational event (a row of <c>events.csv</c>): a drill, a spot check, a runbook update, a rollback. Note is Markdown.</summary>
public sealed record OperationalEvent(DateOnly Date, EventKind Kind, EventOutcome Outcome, string Title, string? Link, string Note);
