using Reports.Domain;

namespace Reports.History;

/// <summary>A gate whose status differs; null on the side where the gate is not defined.</summary>
public sealed record GateChange(string Id, string Name, GateStatus? Before, GateStatus? After)
{
    /// <summary>
    /// When the evidence computes the gate's new status, the numbers that decided it ("G5 fail: video-join 97.00 % &lt;
    /// 99.5 % over …"), so a change to SLO days, CI runs or events says why the gate turned; otherwise null.
    /// </summary>
    public string? Trace { get; init; }
}
