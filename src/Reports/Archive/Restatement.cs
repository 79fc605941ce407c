using Reports.History;
using Reports.Scoring;

namespace Reports.Archive;

/// <summary>
/// A published week set against what today's data computes for it. The manifest says what was published (total,
/// decision, phase); the rows kept in the snapshot, evaluated again by today's rules, say which scores, gates,
/// conditions, open items, texts and definitions differ.
/// </summary>
/// <param name="Live">The week as today's data computes it; null when the data no longer scores it.</param>
/// <param name="Rows">
/// The snapshot's rows against today's data, restricted to the week and what it depends on; null when the
/// snapshot keeps no readable rows or the week is no longer scored.
/// </param>
public sealed record Restatement(ArchivedSnapshot Snapshot, WeekResult? Live, ProgramDiff? Rows)
{
    public ArchiveManifest Manifest => Snapshot.Manifest;

    public bool Removed => Live is null;

    public bool TotalChanged => Live is not null && Live.Total != Manifest.Total;

    public bool DecisionChanged => Live is not null && Live.Decision != Manifest.Decision;

    public bool PhaseChanged => Live is not null && Live.Phase != Manifest.Phase;

    /// <summary>What changed in the week's own results and texts, from the kept rows; null when they were not compared.</summary>
    public WeekChange? Week => Rows?.Weeks.FirstOrDefault();

    /// <summary>Today's data would not publish this week as it was published.</summary>
    public bool IsRestated => Removed || TotalChanged || DecisionChanged || PhaseChanged || Rows is { IsEmpty: false };
}
