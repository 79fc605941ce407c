namespace Reports.Site.Models;

/// <summary>The pillars index: every pillar of the policy, in its order.</summary>
public sealed record PillarsModel(IReadOnlyList<PillarLink> Pillars);
