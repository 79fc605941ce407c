using Reports.Domain;

namespace Reports.History;

/// <summary>A gate as one side of a comparison states it; <see cref="Trace"/> is the numbers that decided a computed gate, else null.</summary>
public sealed record WeekSideGate(string Id, string Name, GateStatus Status, string? Trace);
