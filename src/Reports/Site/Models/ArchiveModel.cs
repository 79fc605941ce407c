namespace Reports.Site.Models;

/// <summary>The Archive page: every published week, newest first.</summary>
public sealed record ArchiveModel(IReadOnlyList<ArchiveRow> Weeks, int RestatedCount);
