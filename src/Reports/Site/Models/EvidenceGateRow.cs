namespace Reports.Site.Models;

/// <summary>A gate the evidence computes, in one week: its status, the numbers that decided it, and any recorded status that differs.</summary>
/// <param name="Proof">Root-relative link to the page section that shows the numbers (<c>slos/#attainment</c>, <c>ci/#checks</c>).</param>
/// <param name="Discrepancy">"recorded pass, but G5 fail: …"; null when they agree or nothing was recorded.</param>
public sealed record EvidenceGateRow(string Id, string Name, int Phase, StatusChip Status, string Trace, string? Discrepancy, string Href, string Proof, bool Blocks);
