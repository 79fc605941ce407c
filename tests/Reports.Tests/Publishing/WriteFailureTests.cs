using System.Collections.Immutable;
using System.Diagnostics;
using System.Text;
using Reports.Publishing;
using Reports.Tests.Cli;
using Reports.Tests.Pipeline;
using Reports.Tests.Site;

namespace Reports.Tests.Publishing;

/// <summary>
/// A write the file system refuses (a name it cannot hold, a full disk) is the user's problem, not a bug: an error
/// with the path and the system's reason, exit code 1, no staging folder left, and the previous output as it was.
/// </summary>
public sealed class WriteFailureTests : IDisposable
{
    // Longer than any file system's limit for one name (255 bytes).
    private static readonly string TooLong = new string('x', 300) + ".html";
    private readonly TempFolder _work = new();

    public WriteFailureTests() => Directory.CreateDirectory(_work.PathOf("site"));

    public void Dispose() => _work.Dispose();

    private OutputSafety Safety => new(_work.PathOf("site"), [_work.PathOf("site/data")]);

    private string Output => _work.PathOf("site/output");

    private static ImmutableSortedDictionary<string, ImmutableArray<byte>> Site(params (string Path, string Text)[] files) =>
        files.ToImmutableSortedDictionary(f => f.Path, f => ImmutableArray.Create(Encoding.UTF8.GetBytes(f.Text)), StringComparer.Ordinal);

    private static SortedDictionary<string, string> Snapshot(string folder) =>
        new(Directory.EnumerateFiles(folder, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 })
            .ToDictionary(f => Path.GetRelativePath(folder, f), f => File.ReadAllText(f) + "@" + File.GetLastWriteTimeUtc(f).Ticks), StringComparer.Ordinal);

    [Fact]
    public void Should_report_a_file_that_cannot_be_staged_and_leave_no_folder_behind()
    {
        var result = OutputWriter.Write(Site(("index.html", "home"), (TooLong, "long")), "output", Safety);

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(PublishingErrors.WriteFailedCode, error.Code);
        Assert.Contains("left as it was", error.Message, StringComparison.Ordinal);
        Assert.Contains("too long", error.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Output));
        Assert.False(Directory.Exists(_work.PathOf("site/.output-staging")));
    }

    [Fact]
    public void Should_undo_a_publish_that_fails_part_way_so_the_previous_output_is_intact()
    {
        Assert.True(OutputWriter.Write(Site(("index.html", "home"), ("old/page.html", "old")), "output", Safety).Succeeded);
        var before = Snapshot(Output);

        // Removing old/page.html and replacing index.html both happen before the long name fails.
        var result = OutputWriter.Write(Site(("index.html", "new home"), ("new/" + TooLong, "long")), "output", Safety);

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(PublishingErrors.WriteFailedCode, error.Code);
        Assert.Contains("left as it was", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, Snapshot(Output));
        Assert.False(Directory.Exists(Path.Combine(Output, "new")));
        Assert.False(Directory.Exists(_work.PathOf("site/.output-staging")));
    }

    [SkippableFact]
    public void Should_exit_1_naming_the_full_disk_and_keep_the_previous_site()
    {
        using var site = SiteFolder.Shipped();
        var disk = site.PathOf("disk");
        Directory.CreateDirectory(disk);
        Skip.IfNot(Mount(disk, "size=16m"), "mounting a tmpfs needs root and CAP_SYS_ADMIN");
        try
        {
            var output = Path.Combine(disk, "out");
            var first = CliRun.Of("build", "--data", site.Data, "--input", site.Input, "--theme", site.Theme, "--output", output);
            Assert.Equal(0, first.ExitCode);
            var before = Snapshot(output);
            Fill(Path.Combine(disk, "filler"));
            site.Write("input/about.md", File.ReadAllText(site.PathOf("input/about.md")) + "\n" + new string('z', 200_000) + "\n");

            var run = CliRun.Of("build", "--data", site.Data, "--input", site.Input, "--theme", site.Theme, "--output", output);

            Assert.Equal(1, run.ExitCode);
            Assert.Contains($"error {PublishingErrors.WriteFailedCode}", run.Error, StringComparison.Ordinal);
            Assert.Contains("No space left on device", run.Error, StringComparison.Ordinal);
            Assert.DoesNotContain("internal error", run.Error, StringComparison.Ordinal);
            Assert.Equal(before, Snapshot(output));
            Assert.False(Directory.Exists(Path.Combine(disk, ".out-staging")));
        }
        finally
        {
            Run("umount", disk);
        }
    }

    /// <summary>Writes until the disk is full, then frees a little, so that the next build fails while staging.</summary>
    private static void Fill(string path)
    {
        using (var filler = File.Create(path))
        {
            var block = new byte[64 * 1024];
            try
            {
                while (true)
                {
                    filler.Write(block);
                    filler.Flush();
                }
            }
            catch (IOException)
            {
                // Full.
            }
        }

        using var trimmed = File.OpenWrite(path);
        trimmed.SetLength(Math.Max(0, trimmed.Length - (16 * 1024)));
    }

    private static bool Mount(string folder, string options) =>
        OperatingSystem.IsLinux() && Environment.UserName == "root" && Run("mount", "-t", "tmpfs", "-o", options, "tmpfs", folder);

    private static bool Run(string command, params string[] args)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(command, args) { RedirectStandardError = true, RedirectStandardOutput = true })!;
            process.WaitForExit();
            return process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }
}
