namespace Reports.Site;

/// <summary>What <c>reports snapshot</c> freezes, and from which folders it builds the page.</summary>
/// <param name="Week">The week to freeze; null for the latest scored week.</param>
/// <param name="BaseUrl">
/// The site's public address from the command line or the host, outranking <c>input/site.yml</c>: links from the
/// frozen page to the rest of the site point there.
/// </param>
/// <param name="AllowDirty">Archive even when the data folder has uncommitted changes (or is not in git): the banner then says so.</param>
public sealed record SnapshotOptions(string DataDirectory, string InputDirectory, string ThemeDirectory, DateOnly? Week = null, string? BaseUrl = null, bool AllowDirty = false);
