using Reports.Rendering.Templates;

namespace Reports.Site.Models;

/// <summary>An operational event (drill, spot check, runbook update, rollback) as the CI page lists it.</summary>
public sealed record EventRow(string Date, string Kind, StatusChip Outcome, string Title, string? Link, TrustedHtml? NoteHtml);
