using Reports.Rendering.Templates;

namespace Reports.Site.Models;

/// <summary>One category in one week as shown: score, weighted points, bar width class, change and rationale.</summary>
/// <param name="BarCss">One of <c>bar-0</c> … <c>bar-4</c>: the score as a bar width without an inline style.</param>
/// <param name="Delta">Change from the previous scored week as text (<c>+1</c>, <c>−1</c>, <c>0</c>); empty for the first week.</param>
/// <param name="Change">The change in words, e.g. <c>2→3</c>; empty for the first week.</param>
/// <param name="RationaleHtml">Rationale rendered by the safe Markdown pipeline.</param>
public sealed record CategoryRow(
    string Key,
    string Name,
    int Weight,
    int Score,
    string Points,
    string BarCss,
    string Delta,
    string DeltaCss,
    string Change,
    TrustedHtml? RationaleHtml);
