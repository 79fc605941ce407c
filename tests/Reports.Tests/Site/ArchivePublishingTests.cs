using System.IO.Compression;
using System.Security.Cryptography;
using Reports.Diagnostics;

namespace Reports.Tests.Site;

/// <summary>
/// Snapshot, then build: the archive is published byte for byte, listed with checksums and downloads, linked from
/// the navigation and from each archived week, verified on every build, and a restated week says so.
/// </summary>
public sealed class ArchivePublishingTests : IDisposable
{
    private readonly ArchiveSiteFolder site = ArchiveSiteFolder.Create();

    public void Dispose() => site.Dispose();

    [Fact]
    public void Should_list_archived_weeks_and_publish_every_archived_file_byte_for_byte()
    {
        Succeeds(site.Snapshot());
        Succeeds(site.Snapshot("--week", "2026-02-17"));

        Succeeds(site.Build("--strict"));

        var built = site.Site();
        var archived = site.Files();
        Assert.Contains("2026-02-17/index.html", archived.Keys);
        Assert.Contains("2026-02-18/manifest.json", archived.Keys);
        Assert.All(archived, file => Assert.True(
            built.Files.TryGetValue("archive/" + file.Key, out var published) && published.AsSpan().SequenceEqual(file.Value),
            $"archive/{file.Key} is not published byte for byte"));

        var rows = built.Page("archive/index.html").QuerySelectorAll("tbody tr");
        Assert.Equal(["2026-02-18", "2026-02-17"], rows.Select(r => r.QuerySelector("th")!.TextContent.Trim()));
        var week1 = rows[1];
        Assert.Equal("46.25", week1.QuerySelector("td.num")!.TextContent);
        Assert.Contains("stay", week1.TextContent, StringComparison.Ordinal);
        Assert.Contains(Convert.ToHexStringLower(SHA256.HashData(archived["2026-02-17/manifest.json"])), week1.TextContent, StringComparison.Ordinal);
        Assert.Contains("as published", week1.TextContent, StringComparison.Ordinal);
        var zip = week1.QuerySelectorAll("a").Single(a => a.TextContent == "2026-02-17.zip").GetAttribute("href")!;
        Assert.Equal("../archive/weekly-report-2026-02-17.zip", zip);
        Assert.True(built.Files.ContainsKey("archive/weekly-report-2026-02-17.zip"));
        PageRules.AssertWellFormed(built);
    }

    [Fact]
    public void Should_link_the_archive_from_every_page_and_the_frozen_copy_from_each_archived_week()
    {
        Succeeds(site.Snapshot("--week", "2026-02-17"));
        Succeeds(site.Build());

        var built = site.Site();
        foreach (var (path, page) in built.Pages.Where(p => !p.Key.StartsWith("archive/2", StringComparison.Ordinal)))
        {
            Assert.True(page.QuerySelectorAll("nav a").Any(a => a.TextContent == "Archive" && a.GetAttribute("href")!.EndsWith("archive/", StringComparison.Ordinal)), path + " has no Archive link");
        }

        var archivedWeek = built.Page("weeks/2026-02-17/index.html");
        Assert.NotEmpty(archivedWeek.QuerySelectorAll("a[href='../../archive/2026-02-17/']"));
        Assert.NotEmpty(archivedWeek.QuerySelectorAll("a[href='../../archive/weekly-report-2026-02-17.zip']"));
        Assert.Null(archivedWeek.GetElementById("restated"));
        Assert.Empty(built.Page("weeks/2026-02-18/index.html").QuerySelectorAll("a[href*='archive/2026']"));
    }

    [Fact]
    public void Should_show_the_restatement_on_the_live_page_when_an_archived_weeks_score_changes()
    {
        Succeeds(site.Snapshot("--week", "2026-02-17"));
        Succeeds(site.Snapshot("--week", "2026-02-18"));
        site.Rescore("2026-02-17", "outcomes", 2);

        Succeeds(site.Build("--strict"));

        var built = site.Site();
        var live = built.Page("weeks/2026-02-17/index.html");
        var notice = live.GetElementById("restated")?.ParentElement;
        Assert.NotNull(notice);
        Assert.Contains("is-warning", notice.ClassName, StringComparison.Ordinal);
        Assert.Same(notice, live.QuerySelector("article > section"));
        Assert.NotEmpty(notice.QuerySelectorAll("a[href='../../archive/2026-02-17/']"));
        var changes = notice.QuerySelectorAll("li").Select(li => li.TextContent).ToArray();
        Assert.Contains("Total: 46.25 as published, 52.50 now (+6.25).", changes);
        Assert.Contains("Reliability Outcomes: score 1 \u2192 2 (6.25 \u2192 12.50 points).", changes);
        Assert.Contains("46.25", built.Page("archive/2026-02-17/index.html").QuerySelector(".summary .value")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("restated", built.Page("archive/index.html").QuerySelectorAll("tbody tr")[1].TextContent, StringComparison.Ordinal);
        Assert.Null(built.Page("weeks/2026-02-18/index.html").GetElementById("restated"));
    }

    [Fact]
    public void Should_refuse_to_build_from_a_tampered_archive_naming_the_file()
    {
        Succeeds(site.Snapshot("--week", "2026-02-17"));
        Succeeds(site.Build());
        var before = site.Folder.OutputFiles();
        FlipOneByte(Path.Combine(site.SnapshotFolder("2026-02-17"), "index.html"));

        var build = site.Build();

        Assert.Equal(1, build.ExitCode);
        Assert.Contains($"{site.ArchiveRoot.Replace('\\', '/')}/2026-02-17/index.html: error {ErrorCodes.ArchiveFileChanged}", build.Error, StringComparison.Ordinal);
        Assert.Equal(before.Keys, site.Folder.OutputFiles().Keys);
    }

    [Fact]
    public void Should_rebuild_the_zip_to_identical_bytes_and_date_it_by_the_week()
    {
        Succeeds(site.Snapshot("--week", "2026-02-17"));
        Succeeds(site.Build());
        var first = site.Site().Files["archive/weekly-report-2026-02-17.zip"];
        Directory.Delete(site.Folder.Output, recursive: true);

        Succeeds(site.Build());

        var second = site.Site().Files["archive/weekly-report-2026-02-17.zip"];
        Assert.Equal(first, second);
        using var zip = new ZipArchive(new MemoryStream(second), ZipArchiveMode.Read);
        var archived = site.Files("2026-02-17");
        Assert.Equal(archived.Keys.Select(k => "2026-02-17/" + k), zip.Entries.Select(e => e.FullName));
        Assert.All(zip.Entries, e => Assert.Equal(new DateTime(2026, 2, 17), e.LastWriteTime.DateTime));
    }

    private static void FlipOneByte(string path)
    {
        var bytes = File.ReadAllBytes(path);
        bytes[bytes.Length / 2] ^= 0x01;
        File.WriteAllBytes(path, bytes);
    }

    private static void Succeeds(Cli.CliRun run) => Assert.True(run.ExitCode == 0, run.All);
}
