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

    /// <summary>Unresolved on day D when opened ≤ D and (not closed or closed &gt; D); mitigated counts as resolved.</summary>
    public bool IsUnresolvedOn(DateOnly day) => Opened <= day && (Closed is null || Closed > day);
}
