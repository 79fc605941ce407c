using Reports.Rendering.Templates;

namespace Reports.Site.Models;

/// <summary>One SLO as the SLO page and a weekly report show it, in one week.</summary>
/// <param name="Anchor">Its fragment id on the SLO page (<c>slo-video-join</c>).</param>
/// <param name="Href">Root-relative link to that fragment: <c>slos/#slo-video-join</c>.</param>
/// <param name="Attainment">Over G5's window, e.g. "99.41 %"; "no traffic" when nothing was counted.</param>
/// <param name="UnknownDays">Days of G5's window without a row, e.g. "2 days"; empty when none.</param>
/// <param name="Burn">Error budget burned in the validation window, e.g. "12.5 %"; "none" outside phase 2.</param>
/// <param name="BurnExceeded">The burn is over G7's maximum.</param>
/// <param name="Chart">Its daily attainment chart; null where the row is shown outside the SLO page.</param>
public sealed record SloRow(
    string Id,
    string Anchor,
    string Href,
    string Name,
    string Pillar,
    string Objective,
    string Attainment,
    StatusChip Status,
    string UnknownDays,
    string Burn,
    bool BurnExceeded,
    TrustedHtml? DescriptionHtml,
    ChartView? Chart);
