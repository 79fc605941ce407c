namespace Reports.Scoring;

/// <summary>
/// One rule checked for a decision: the trace line it shows, and the words a discrepancy uses when it
/// blocks (<see cref="Reason"/>, e.g. "Reliability Outcomes is 1 &lt; 2" for the trace's "Reliability Outcomes 1 &lt; 2").
/// </summary>
/// <param name="Kind">The kind of rule for machines (see <see cref="TraceStep.Kind"/>); null means <paramref name="Rule"/>.</param>
/// <param name="Subject">What the rule was checked for, with its name for readers; null when it covers all.</param>
internal sealed record RuleCheck(
    string Rule,
    bool Passed,
    string Detail,
    bool NotMeasured = false,
    string? Reason = null,
    string? Kind = null,
    (string Id, string Name)? Subject = null)
{
    /// <summary>Failed and measured: a not-measured rule is reported, but cannot block.</summary>
    public bool Blocks => !Passed && !NotMeasured;

    public string Why => Reason ?? Detail;

    public TraceStep ToStep() => new(Rule, Passed, Detail)
    {
        NotMeasured = NotMeasured,
        Kind = Kind ?? Rule,
        Subject = Subject?.Id,
        SubjectName = Subject?.Name,
    };
}
