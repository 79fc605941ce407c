using Reports.Domain;

namespace Reports.Scoring;

/// <summary>A gate's status in one week; a gate with no recorded result is <see cref="GateStatus.Unknown"/>.</summary>
public sealed record GateState(GateDefinition Gate, GateStatus Status, string Evidence, string? Link)
{
    /// <summary>Only pass and n/a let a phase be left; fail, pending and unknown block.</summary>
    public bool Clears => Status is GateStatus.Pass or GateStatus.NotApplicable;
}
