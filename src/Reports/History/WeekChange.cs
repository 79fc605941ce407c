using Reports.Scoring;

namespace Reports.History;

/// <summary>
/// What a change did to one scored week. A changed or removed week compares the base's week (<see cref="Before"/>)
/// with the change's (<see cref="After"/>); an added week is compared with the scored week before it in the change,
/// as the weekly review would read it (<see cref="Before"/> is that week, or null for the first scored week).
/// </summary>
/// <param name="Archived">The week has a published snapshot in <c>archive/</c>, on either side.</param>
/// <param name="Comparison">What differs between the two sides; null for a removed week, which has no after.</param>
/// <param name="Texts">Edited rationales, evidence, links and notes: only for a changed week.</param>
public sealed record WeekChange(
    DateOnly WeekOf,
    ChangeKind Change,
    WeekResult? Before,
    WeekResult? After,
    bool Archived,
    WeekComparison? Comparison,
    IReadOnlyList<TextChange> Texts)
{
    public IReadOnlyList<CategoryChange> Categories => Comparison?.Categories ?? [];

    public IReadOnlyList<GateChange> Gates => Comparison?.Gates ?? [];

    public CodeSetChange NoGo => Comparison?.NoGo ?? CodeSetChange.None;

    public CodeSetChange FreezeTriggers => Comparison?.FreezeTriggers ?? CodeSetChange.None;

    public CodeSetChange OpenIncidents => Comparison?.OpenIncidents ?? CodeSetChange.None;

    public CodeSetChange UnresolvedFindings => Comparison?.UnresolvedFindings ?? CodeSetChange.None;

    /// <summary>A published week whose data changed or went away: the site will no longer show what was published.</summary>
    public bool Restated => Archived && Change != ChangeKind.Added;

    /// <summary>Rules of the phase decision whose verdict turned, e.g. "every category ≥ 2: now met".</summary>
    public IReadOnlyList<RuleFlip> Flips { get; init; } = [];

    public decimal? TotalDelta => Before is not null && After is not null ? After.Total - Before.Total : null;

    /// <summary>Whether anything of the week differs: always for an added or removed week.</summary>
    public bool HasDifferences =>
        Change != ChangeKind.Changed
        || Before!.Total != After!.Total
        || Before.Phase != After.Phase
        || Before.Decision != After.Decision
        || Before.NextPhase != After.NextPhase
        || Before.Recorded?.Decision != After.Recorded?.Decision
        || Categories.Count > 0
        || Gates.Count > 0
        || !NoGo.IsEmpty
        || !FreezeTriggers.IsEmpty
        || !OpenIncidents.IsEmpty
        || !UnresolvedFindings.IsEmpty
        || Texts.Count > 0;
}
