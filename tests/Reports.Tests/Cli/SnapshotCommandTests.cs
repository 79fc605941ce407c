using System.Text.Json;
using Reports.Diagnostics;
using Reports.History;
using Reports.Site;
using Reports.Tests.Site;

namespace Reports.Tests.Cli;

/// <summary><c>reports snapshot</c>: archives a week once, atomically, only from valid data, and exits as documented.</summary>
public sealed class SnapshotCommandTests : IDisposable
{
    private readonly ArchiveSiteFolder site = ArchiveSiteFolder.Create();

    public void Dispose() => site.Dispose();

    [Fact]
    public void Should_archive_the_latest_week_by_default_with_its_manifest()
    {
        var run = site.Snapshot();

        Assert.True(run.ExitCode == 0, run.All);
        Assert.Contains("Archived the week of 2026-02-18 into ", run.Out, StringComparison.Ordinal);
        using var manifest = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(site.SnapshotFolder("2026-02-18"), "manifest.json")));
        var root = manifest.RootElement;
        Assert.Equal("2026-02-18", root.GetProperty("week_of").GetString());
        Assert.Equal("55.00", root.GetProperty("total").GetRawText());
        Assert.Equal("stay", root.GetProperty("decision").GetString());
        Assert.Equal(1, root.GetProperty("phase").GetInt32());
        Assert.Equal(DataVersion.Of(site.Data).Id, root.GetProperty("data_version").GetString());
        Assert.Equal(
            site.Files("2026-02-18").Keys.Where(k => k != "manifest.json"),
            root.GetProperty("files").EnumerateArray().Select(f => f.GetProperty("path").GetString()));
        Assert.False(Directory.Exists(site.Folder.Output), "a snapshot is built in memory and writes no site");
    }

    [Fact]
    public void Should_refuse_a_week_already_archived_and_change_no_byte()
    {
        Assert.Equal(0, site.Snapshot("--week", "2026-02-17").ExitCode);
        var before = site.Files();

        var again = site.Snapshot("--week", "2026-02-17");

        Assert.Equal(1, again.ExitCode);
        Assert.Contains($"error {SnapshotErrors.AlreadyArchivedCode}: week 2026-02-17 is already archived", again.Error, StringComparison.Ordinal);
        var after = site.Files();
        Assert.Equal(before.Keys, after.Keys);
        Assert.All(before, f => Assert.Equal(f.Value, after[f.Key]));
        Assert.Equal(["2026-02-17"], Directory.GetFileSystemEntries(site.ArchiveRoot).Select(Path.GetFileName));
    }

    [Fact]
    public void Should_refuse_invalid_data_and_write_nothing()
    {
        File.AppendAllText(site.Folder.PathOf("data/scores.csv"), "2026-02-18,measurement,9,Out of range\n");

        var run = site.Snapshot();

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"error {ErrorCodes.OutOfRange}", run.Error, StringComparison.Ordinal);
        Assert.Contains("Snapshot failed: nothing was written", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(site.ArchiveRoot));
    }

    [Fact]
    public void Should_treat_a_week_without_scores_as_a_wrong_command_line()
    {
        var run = site.Snapshot("--week", "2026-02-24");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"error {SnapshotErrors.WeekNotScoredCode}: week 2026-02-24 has no scores", run.Error, StringComparison.Ordinal);
        Assert.Contains("scored weeks: 2026-02-17, 2026-02-18", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(site.ArchiveRoot));
    }

    [Fact]
    public void Should_refuse_to_archive_next_to_a_tampered_snapshot()
    {
        Assert.Equal(0, site.Snapshot("--week", "2026-02-17").ExitCode);
        File.AppendAllText(Path.Combine(site.SnapshotFolder("2026-02-17"), "report.json"), " ");

        var run = site.Snapshot("--week", "2026-02-18");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(ErrorCodes.ArchiveFileChanged, run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(site.SnapshotFolder("2026-02-18")));
    }

    [Fact]
    public void Validate_fails_naming_the_file_when_one_byte_of_a_snapshot_is_flipped()
    {
        Assert.Equal(0, site.Snapshot("--week", "2026-02-17").ExitCode);
        Assert.Equal(0, site.Validate().ExitCode);
        var css = Directory.GetFiles(Path.Combine(site.SnapshotFolder("2026-02-17"), "assets"), "site.*.css").Single();
        var bytes = File.ReadAllBytes(css);
        bytes[^2] ^= 0x20;
        File.WriteAllBytes(css, bytes);

        var run = site.Validate();

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{css.Replace('\\', '/')}: error {ErrorCodes.ArchiveFileChanged}: file of a published snapshot was changed", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_list_the_command_in_the_help()
    {
        var run = CliRun.Of("snapshot", "--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("--week", run.Out, StringComparison.Ordinal);
        Assert.Contains("--base-url", run.Out, StringComparison.Ordinal);
    }
}
