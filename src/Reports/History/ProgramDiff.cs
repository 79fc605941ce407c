namespace Reports.History;

/// <summary>
/// Everything a change to the data does to the program: weeks added, removed or changed (in date order), and
/// the rubric, policy, gates, incidents and findings that differ.
/// </summary>
public sealed record ProgramDiff(
    IReadOnlyList<WeekChange> Weeks,
    IReadOnlyList<RecordChange> Rubric,
    IReadOnlyList<FieldChange> Policy,
    IReadOnlyList<RecordChange> Gates,
    IReadOnlyList<RecordChange> Incidents,
    IReadOnlyList<RecordChange> Findings)
{
    public bool IsEmpty =>
        Weeks.Count == 0 && Rubric.Count == 0 && Policy.Count == 0 && Gates.Count == 0 && Incidents.Count == 0 && Findings.Count == 0;

    public IEnumerable<WeekChange> Restated => Weeks.Where(w => w.Restated);

    public int WeekCount(ChangeKind change) => Weeks.Count(w => w.Change == change);
}
