using Reports.Domain;

namespace Reports.Scoring.Evidence;

/// <summary>A computed gate status (<c>pass</c>, <c>fail</c> or <c>pending</c>) and the numbers that decided it.</summary>
/// <param name="Detail">E.g. "video-avail 99.41 % &lt; 99.5 % over 2026-03-02…08".</param>
public sealed record GateVerdict(GateStatus Status, string Detail)
{
    public static GateVerdict Pass(string detail) => new(GateStatus.Pass, detail);

    public static GateVerdict Fail(string detail) => new(GateStatus.Fail, detail);

    public static GateVerdict Pending(string detail) => new(GateStatus.Pending, detail);
}
