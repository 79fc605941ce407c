namespace Reports.Site.Models;

/// <summary>What every page's layout needs: the site's name, its assets and its navigation.</summary>
/// <param name="Stylesheet">Fingerprinted stylesheet path relative to the site root, e.g. <c>assets/site.1a2b3c4d.css</c>.</param>
/// <param name="LatestWeek">The newest scored week's date (YYYY-MM-DD); null when no week is scored.</param>
/// <param name="DataVersion">The short form of the data version every number is computed from, for the footer.</param>
/// <param name="DataVersionId">The full data version: a commit, or <c>sha256:</c> and the content hash.</param>
/// <param name="LatestWeekHref">Root-relative link to the newest weekly report; null when no week is scored.</param>
public sealed record SiteModel(
    string Name,
    string Stylesheet,
    string Favicon,
    IReadOnlyList<NavLink> Nav,
    string? LatestWeekHref,
    string? LatestWeek,
    string DataVersion,
    string DataVersionId);
