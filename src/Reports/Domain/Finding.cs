namespace Reports.Domain;

/// <summary>A tracked finding or workstream (a row of <c>findings.csv</c>). Evidence is Markdown.</summary>
public sealed record Finding(
    string Id,
    string Title,
    Priority Priority,
    string Source,
    FindingStatus Status,
    DateOnly Opened,
    DateOnly? Closed,
    string Evidence)
{
    public const string RedTeamSource = "red-team";

    /// <summary>Who answers for it (free text); null when the data names no one.</summary>
    public string? Owner { get; init; }

    /// <summary>The day it should be resolved by; past due only after that day.</summary>
    public DateOnly? Due { get; init; }

    /// <summary>An absolute http(s) address of its tracker entry.</summary>
    public string? Link { get; init; }

    /// <summary>The pillar it belongs to, one of the policy's pillars.</summary>
    public string? Pillar { get; init; }

    /// <summary>Markdown: the test that proves the fix (plan G2); empty when none is named.</summary>
    public string RegressionTest { get; init; } = "";

    /// <summary>Past due on day D when still unresolved on D and its due date is before D: due today is not overdue.</summary>
    public bool IsOverdueOn(DateOnly day) => Due is DateOnly due && due < day && IsUnresolvedOn(day);

    /// <summary>Unresolved on day D when opened ≤ D and (not closed or closed &gt; D); mitigated counts as resolved.</summary>
    public bool IsUnresolvedOn(DateOnly day) => Opened <= day && (Closed is null || Closed > day);
}
