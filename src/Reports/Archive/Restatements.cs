using Reports.Diagnostics;
using Reports.Domain;
using Reports.History;
using Reports.Scoring;

namespace Reports.Archive;

/// <summary>
/// Finds the published weeks that today's data or rules would compute differently (restated weeks), by comparing
/// each snapshot with the live program: its manifest's headline numbers, and its kept rows evaluated again with
/// <see cref="ProgramDiffer"/>, as <c>reports diff</c> compares two versions of the data.
/// </summary>
public static class Restatements
{
    /// <param name="diagnostics">Receives a warning when a snapshot's rows are missing or no longer load.</param>
    public static Restatement Find(ArchivedSnapshot snapshot, ProgramReport live, ICollection<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(live);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var week = live.Find(snapshot.WeekOf);
        if (week is null)
        {
            return new Restatement(snapshot, null, null);
        }

        var at = SourceLocation.File(snapshot.Folder + "/" + ArchivedRows.FolderName);
        var name = ArchiveLayout.FolderNameOf(snapshot.WeekOf);
        var rows = ArchivedRows.Load(snapshot.Folder);
        if (rows is null)
        {
            diagnostics.Add(DataErrors.ArchiveRowsUnreadable(at, name, "are not in the snapshot"));
            return new Restatement(snapshot, week, null);
        }

        if (!rows.Succeeded)
        {
            var first = rows.Diagnostics.First(d => d.IsError);
            diagnostics.Add(DataErrors.ArchiveRowsUnreadable(at, name, $"no longer load ({first.Code}: {first.Message})"));
            return new Restatement(snapshot, week, null);
        }

        var published = Evaluate(rows.Value!, snapshot);
        if (published.Find(snapshot.WeekOf) is not { } publishedWeek)
        {
            diagnostics.Add(DataErrors.ArchiveRowsUnreadable(at, name, "do not score the week"));
            return new Restatement(snapshot, week, null);
        }

        var diff = ProgramDiffer.Compare(
            published with { Weeks = [publishedWeek] },
            new ProgramReport(Relevant(live.Data, rows.Value!, publishedWeek, week, snapshot.Manifest), [week]),
            new HashSet<DateOnly> { snapshot.WeekOf });
        return new Restatement(snapshot, week, diff);
    }

    /// <summary>
    /// The kept rows hold one week, so the rules would start it in the policy's first phase, with a validation window
    /// that opens that week: it starts where the manifest says it was instead (its phase, and in phase 2 the first day
    /// of its window), because both come from the weeks before it, which are not kept.
    /// </summary>
    public static ProgramReport Evaluate(ReliabilityData rows, ArchivedSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(snapshot);
        return ProgramEvaluator.Evaluate(AtPhase(rows, snapshot.Manifest));
    }

    /// <summary>
    /// Today's data cut to what the kept rows cover: the incidents the week read then (the kept ones) or reads now
    /// (<see cref="EvidenceReach.ReadsIncident"/>), the findings unresolved that week then or now, and the same
    /// starting phase, so that records the week never depended on are not reported as changes.
    /// </summary>
    private static ReliabilityData Relevant(ReliabilityData live, ReliabilityData kept, WeekResult published, WeekResult now, ArchiveManifest manifest)
    {
        var incidents = kept.Incidents.Select(i => i.Id)
            .Concat(live.Incidents.Where(i => EvidenceReach.ReadsIncident(i, now.WeekOf, live.Policy.Evidence)).Select(i => i.Id))
            .ToHashSet(StringComparer.Ordinal);
        var findings = published.UnresolvedFindings.Select(f => f.Id).Concat(now.UnresolvedFindings.Select(f => f.Id)).ToHashSet(StringComparer.Ordinal);
        return AtPhase(live, manifest) with
        {
            Incidents = live.Incidents.Where(i => incidents.Contains(i.Id)).ToArray(),
            Findings = live.Findings.Where(f => findings.Contains(f.Id)).ToArray(),
        };
    }

    private static ReliabilityData AtPhase(ReliabilityData data, ArchiveManifest manifest) =>
        data with { Policy = data.Policy with { StartPhase = manifest.Phase, StartValidationWindow = manifest.ValidationWindowStart } };
}
