namespace Reports.Site.Models;

/// <summary>One run of a CI check as the CI page lists it.</summary>
/// <param name="Finished">The instant in UTC, e.g. "2026-02-23 10:14Z".</param>
/// <param name="Link">The run's page when its link is safe to follow; otherwise null.</param>
public sealed record CiRunRow(string Finished, StatusChip Result, bool Required, string Commit, string? Link);
