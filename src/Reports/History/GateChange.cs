using Reports.Domain;

namespace Reports.History;

/// <summary>A gate whose status differs; null on the side where the gate is not defined.</summary>
public sealed record GateChange(string Id, string Name, GateStatus? Before, GateStatus? After);
