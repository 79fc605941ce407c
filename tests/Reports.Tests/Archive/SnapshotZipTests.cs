using System.IO.Compression;
using System.Text;
using Reports.Archive;

namespace Reports.Tests.Archive;

/// <summary>The download of a snapshot is the same bytes every time: sorted entries, the week's date, no clock.</summary>
public sealed class SnapshotZipTests
{
    private static readonly DateOnly Week = new(2026, 2, 17);

    private static readonly KeyValuePair<string, byte[]>[] Files =
    [
        new("manifest.json", Encoding.UTF8.GetBytes("{}\n")),
        new("index.html", Encoding.UTF8.GetBytes("<h1>Week</h1>\n")),
        new("data/scores.csv", Encoding.UTF8.GetBytes("week_of,category,score\n")),
        new("assets/site.css", Encoding.UTF8.GetBytes("body{}")),
    ];

    [Fact]
    public void Should_give_identical_bytes_for_the_same_files_in_any_order()
    {
        var first = SnapshotZip.Create(Week, Files);
        var second = SnapshotZip.Create(Week, Files.Reverse());

        Assert.Equal(first, second);
    }

    [Fact]
    public void Should_hold_every_file_sorted_under_the_weeks_folder_dated_by_the_week()
    {
        using var zip = new ZipArchive(new MemoryStream(SnapshotZip.Create(Week, Files)), ZipArchiveMode.Read);

        Assert.Equal(
            ["2026-02-17/assets/site.css", "2026-02-17/data/scores.csv", "2026-02-17/index.html", "2026-02-17/manifest.json"],
            zip.Entries.Select(e => e.FullName));
        Assert.All(zip.Entries, e => Assert.Equal(new DateTime(2026, 2, 17, 0, 0, 0), e.LastWriteTime.DateTime));
        foreach (var (path, bytes) in Files)
        {
            using var content = new MemoryStream();
            using (var stream = zip.GetEntry("2026-02-17/" + path)!.Open())
            {
                stream.CopyTo(content);
            }

            Assert.Equal(bytes, content.ToArray());
        }
    }

    [Fact]
    public void Should_change_when_the_week_changes()
    {
        Assert.NotEqual(SnapshotZip.Create(Week, Files), SnapshotZip.Create(Week.AddDays(7), Files));
    }
}
