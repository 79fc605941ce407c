namespace Reports.Site;

/// <summary>Every published snapshot, in date order, as the Archive page and the weekly reports show them.</summary>
public sealed record PublishedArchive(IReadOnlyList<PublishedSnapshot> Snapshots)
{
    public PublishedSnapshot? Find(DateOnly week) => Snapshots.FirstOrDefault(s => s.WeekOf == week);
}
