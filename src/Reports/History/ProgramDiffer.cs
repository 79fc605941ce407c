using Reports.Domain;
using Reports.Scoring;

namespace Reports.History;

/// <summary>
/// What a change to the data does to the program: both sides evaluated by the rules, compared week by week and
/// record by record. Pure: the same two reports give the same diff.
/// </summary>
public static class ProgramDiffer
{
    /// <param name="before">The program as the base has it (the target branch).</param>
    /// <param name="after">The program with the change.</param>
    /// <param name="archivedWeeks">Weeks with a published snapshot: a change to one is an archived week restated.</param>
    public static ProgramDiff Compare(ProgramReport before, ProgramReport after, IReadOnlySet<DateOnly> archivedWeeks) =>
        Compare(before, after, archivedWeeks, archivedWeeks);

    /// <param name="before">The program as the base has it (the target branch).</param>
    /// <param name="after">The program with the change.</param>
    /// <param name="archivedBefore">Weeks with a published snapshot in the base's <c>archive/</c>.</param>
    /// <param name="archivedAfter">Weeks with a published snapshot in the change's <c>archive/</c>.</param>
    public static ProgramDiff Compare(ProgramReport before, ProgramReport after, IReadOnlySet<DateOnly> archivedBefore, IReadOnlySet<DateOnly> archivedAfter)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        ArgumentNullException.ThrowIfNull(archivedBefore);
        ArgumentNullException.ThrowIfNull(archivedAfter);
        var archivedWeeks = archivedBefore.Union(archivedAfter).ToHashSet();

        var weeks = new List<WeekChange>();
        foreach (var week in before.Weeks.Select(w => w.WeekOf).Union(after.Weeks.Select(w => w.WeekOf)).Order())
        {
            var old = before.Find(week);
            var now = after.Find(week);
            var archived = archivedWeeks.Contains(week);
            var previous = now is null ? null : PreviousWeek(after, now);
            var change = (old, now) switch
            {
                (null, { } added) => WeekDiffer.Added(previous, added, archived) with { Flips = Flips(previous, after.Data, added, after.Data) },
                ({ } removed, null) => WeekDiffer.Removed(removed, archived),
                _ => WeekDiffer.Changed(old!, now!, archived) with { Flips = Flips(old, before.Data, now!, after.Data) },
            };
            if (change.HasDifferences)
            {
                weeks.Add(change);
            }
        }

        var was = before.Data;
        var changed = after.Data;
        return new ProgramDiff(
            weeks,
            RecordDiffer.Compare(was.Rubric, changed.Rubric, c => c.Key, c => c.Name, RecordFields.Of),
            RecordDiffer.Fields(RecordFields.Of(was.Policy), RecordFields.Of(changed.Policy)),
            RecordDiffer.Compare(was.Gates, changed.Gates, g => g.Id, g => g.Name, RecordFields.Of),
            RecordDiffer.Compare(was.Incidents, changed.Incidents, i => i.Id, i => i.Title, RecordFields.Of),
            RecordDiffer.Compare(was.Findings, changed.Findings, f => f.Id, f => f.Title, RecordFields.Of))
        {
            SnapshotsAdded = [.. archivedAfter.Except(archivedBefore).Order()],
            SnapshotsRemoved = [.. archivedBefore.Except(archivedAfter).Order()],
            Blocking = StillBlocking.Of(after),
        };
    }

    private static IReadOnlyList<RuleFlip> Flips(WeekResult? before, ReliabilityData beforeData, WeekResult after, ReliabilityData afterData) =>
        WeekComparison.Flips(before, beforeData.Policy, after, afterData.Policy);

    private static WeekResult? PreviousWeek(ProgramReport report, WeekResult week)
    {
        var index = report.Weeks.ToList().IndexOf(week);
        return index > 0 ? report.Weeks[index - 1] : null;
    }
}
