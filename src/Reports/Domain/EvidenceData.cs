namespace Reports.Domain;

/// <summary>
/// The evidence files, validated: SLOs, their daily results, CI runs and operational events, each in file order.
/// Every file is optional; a missing or empty one leaves its rules not measured.
/// </summary>
public sealed record EvidenceData(
    IReadOnlyList<Slo> Slos,
    IReadOnlyList<SloDay> SloDays,
    IReadOnlyList<CiRun> CiRuns,
    IReadOnlyList<OperationalEvent> Events)
{
    public static EvidenceData None { get; } = new([], [], [], []);

    public bool IsEmpty => Slos.Count == 0 && SloDays.Count == 0 && CiRuns.Count == 0 && Events.Count == 0;
}
