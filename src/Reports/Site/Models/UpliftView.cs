namespace Reports.Site.Models;

/// <summary>The fewest raises to the next threshold, in words: "Outcomes 1→4, Measurement 3→4 → 86.25".</summary>
/// <param name="Target">The threshold in words, e.g. "enter validation window: total ≥ 85, every category ≥ 2".</param>
public sealed record UpliftView(string TargetName, string Target, string Distance, bool AlreadyMet, IReadOnlyList<string> Steps, string Summary, string ResultingTotal);
