using Reports.Archive;

namespace Reports.Tests.Archive;

/// <summary>The list of published snapshots the site's Archive page shows.</summary>
public sealed class ArchiveReaderTests
{
    [Fact]
    public void Lists_published_snapshots_in_date_order_with_their_manifests()
    {
        using var data = PublishedDataFolder.WithoutSnapshots();
        data.Publish(new DateOnly(2026, 2, 18));
        data.Publish(new DateOnly(2026, 2, 17));

        var snapshots = ArchiveReader.List(data.Path);

        Assert.Equal([new DateOnly(2026, 2, 17), new DateOnly(2026, 2, 18)], snapshots.Select(s => s.WeekOf));
        Assert.Equal([46.25m, 55.00m], snapshots.Select(s => s.Manifest.Total));
        Assert.Equal(data.DiagnosticPath("2026-02-18"), snapshots[1].Folder);
    }

    [Fact]
    public void Skips_what_the_verifier_reports()
    {
        using var data = PublishedDataFolder.WithWeek1Published();
        Directory.CreateDirectory(Path.Combine(data.ArchiveRoot, "drafts"));
        Directory.CreateDirectory(Path.Combine(data.ArchiveRoot, "2026-02-18"));

        var snapshots = ArchiveReader.List(data.Path);

        Assert.Equal([new DateOnly(2026, 2, 17)], snapshots.Select(s => s.WeekOf));
        Assert.Equal([new DateOnly(2026, 2, 17), new DateOnly(2026, 2, 18)], ArchiveReader.Weeks(data.Path));
    }

    [Fact]
    public void A_data_folder_without_an_archive_has_no_snapshots()
    {
        using var data = PublishedDataFolder.WithoutSnapshots();

        Assert.Empty(ArchiveReader.List(data.Path));
        Assert.Empty(ArchiveReader.Weeks(data.Path));
    }
}
