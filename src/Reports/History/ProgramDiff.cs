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
    /// <summary>Weeks whose snapshot folder the change adds to <c>archive/</c>.</summary>
    public IReadOnlyList<DateOnly> SnapshotsAdded { get; init; } = [];

    /// <summary>Weeks whose snapshot folder the change takes out of <c>archive/</c> (the archive is append-only).</summary>
    public IReadOnlyList<DateOnly> SnapshotsRemoved { get; init; } = [];

    /// <summary>What still blocks the next phase in the change's latest week; null when nothing is scored.</summary>
    public StillBlocking? Blocking { get; init; }

    public bool IsEmpty =>
        Weeks.Count == 0 && Rubric.Count == 0 && Policy.Count == 0 && Gates.Count == 0 && Incidents.Count == 0 && Findings.Count == 0
        && SnapshotsAdded.Count == 0 && SnapshotsRemoved.Count == 0;

    public IEnumerable<WeekChange> Restated => Weeks.Where(w => w.Restated);

    public int WeekCount(ChangeKind change) => Weeks.Count(w => w.Change == change);
}
