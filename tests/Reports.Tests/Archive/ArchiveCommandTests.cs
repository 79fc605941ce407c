using Reports.Diagnostics;
using Reports.Tests.History;

namespace Reports.Tests.Archive;

/// <summary>The commands refuse a tampered archive, naming the file; an intact one passes.</summary>
public sealed class ArchiveCommandTests
{
    [Fact]
    public void Validate_passes_an_intact_archive_and_says_it_checked_it()
    {
        using var data = PublishedDataFolder.WithWeek1Published();

        var run = InProcessCli.Run(["validate", "--data", data.Path]);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("Archive: 1 published snapshot(s), every file as published.", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_fails_when_one_byte_of_an_archived_file_is_flipped_and_names_the_file()
    {
        using var data = PublishedDataFolder.WithWeek1Published();
        var css = Path.Combine(data.SnapshotFolder(new DateOnly(2026, 2, 17)), "assets", "site.css");
        var bytes = File.ReadAllBytes(css);
        bytes[0] ^= 0x20;
        File.WriteAllBytes(css, bytes);

        var run = InProcessCli.Run(["validate", "--data", data.Path], new Dictionary<string, string> { ["GITHUB_ACTIONS"] = "true" });

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains($"{data.DiagnosticPath("2026-02-17/assets/site.css")}: error {ErrorCodes.ArchiveFileChanged}: file of a published snapshot was changed", run.Error, StringComparison.Ordinal);
        Assert.Contains("::error file=", run.Output, StringComparison.Ordinal);
        Assert.Contains("assets/site.css,title=RPT066::", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Status_refuses_to_work_from_a_tampered_archive()
    {
        using var data = PublishedDataFolder.WithWeek1Published();
        File.Delete(Path.Combine(data.SnapshotFolder(new DateOnly(2026, 2, 17)), "index.html"));

        var run = InProcessCli.Run(["status", "--json", "--data", data.Path]);

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains(ErrorCodes.ArchiveFileMissing, run.Error, StringComparison.Ordinal);
        Assert.Equal("", run.Output);
    }

    [Fact]
    public void A_loose_file_in_the_archive_warns_but_validates()
    {
        using var data = PublishedDataFolder.WithWeek1Published();
        File.WriteAllText(Path.Combine(data.ArchiveRoot, "README.txt"), "x");

        var run = InProcessCli.Run(["validate", "--data", data.Path]);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains($"warning {ErrorCodes.ArchiveStrayFile}", run.Error, StringComparison.Ordinal);
    }
}
