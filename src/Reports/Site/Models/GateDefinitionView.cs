using Reports.Rendering.Templates;

namespace Reports.Site.Models;

/// <summary>A gate's definition: the phase it must pass to leave and its criteria (safe HTML).</summary>
public sealed record GateDefinitionView(string Id, string Anchor, int Phase, string PhaseName, string Name, TrustedHtml CriteriaHtml, StatusChip Latest);
