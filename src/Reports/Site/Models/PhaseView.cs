namespace Reports.Site.Models;

/// <summary>A phase, what leaves it, and the gates that must pass.</summary>
public sealed record PhaseView(int Number, string Name, string ExitRule, IReadOnlyList<GateDefinitionView> Gates);
