namespace Reports.Site.Models;

/// <summary>One CI check as of the latest scored week: its last run, its recent runs and its flake rate.</summary>
/// <param name="Role">"required", or "nightly" for the policy's nightly check.</param>
/// <param name="LastRun">When its last non-cancelled run finished (UTC date) and how it ended, e.g. "2026-02-23 pass"; "none" without runs.</param>
/// <param name="RecentRuns">Its required runs in <c>ci_recent_days</c> (G4a), or any run in <c>nightly_max_age_days</c> (G4b).</param>
/// <param name="FlakeWindow">E.g. "1 flaky of 20"; empty for the nightly check.</param>
/// <param name="FlakeRate">Percent, e.g. "5.00 %"; "no runs" without runs; empty for the nightly check.</param>
/// <param name="Status">Whether the check meets its part of G4 that week.</param>
public sealed record CiCheckRow(
    string Name,
    string Anchor,
    string Href,
    string Role,
    string LastRun,
    string RecentRuns,
    string FlakeWindow,
    string FlakeRate,
    StatusChip Status);
