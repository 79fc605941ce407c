using Reports.Domain;
using Reports.Scoring.Evidence;

namespace Reports.Scoring;

/// <summary>
/// A gate's status in one week: computed from the evidence when its rule is measured, else as recorded; a gate with
/// neither is <see cref="GateStatus.Unknown"/>. <see cref="Evidence"/> and <see cref="Link"/> are the recorded row's.
/// </summary>
public sealed record GateState(GateDefinition Gate, GateStatus Status, string Evidence, string? Link)
{
    public GateSource Source { get; init; }

    /// <summary>The status of <c>gate-results.csv</c>, or null when none was recorded.</summary>
    public GateStatus? Recorded { get; init; }

    /// <summary>For a computed gate, the numbers that decided it: "G5 fail: video-avail 99.41 % &lt; 99.5 % over 2026-03-02…08".</summary>
    public string? Trace { get; init; }

    /// <summary>When the recorded status differs from the computed one, both and why: "recorded pass, but G5 fail: …".</summary>
    public string? Discrepancy { get; init; }

    /// <summary>Only pass and n/a let a phase be left; fail, pending and unknown block.</summary>
    public bool Clears => Status is GateStatus.Pass or GateStatus.NotApplicable;
}
