using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Reports.Archive;
using Reports.History;
using Reports.Paths;
using Reports.Tests.Archive;
using Reports.Tests.Cli;
using Reports.Tests.Site;

namespace Reports.Tests.Paths;

/// <summary>
/// No symbolic link leads a build or a check out of the folder it reads (data/, its archive, input/, theme/): each is
/// an error naming the link (RPT948, exit code 1), and nothing it points at is read into the output.
/// </summary>
public sealed class SymbolicLinkTests : IDisposable
{
    private static readonly DateOnly Week1 = new(2026, 2, 17);
    private readonly Pipeline.TempFolder _outside = new();

    public SymbolicLinkTests() => _outside.Write("secret/passwd", "root:x:0:0:root:/root:/bin/bash\n");

    public void Dispose() => _outside.Dispose();

    private string Secret => _outside.PathOf("secret/passwd");

    [Fact]
    public void Should_refuse_a_snapshot_file_that_links_outside_even_when_its_manifest_entry_matches()
    {
        using var data = PublishedDataFolder.WithWeek1Published();
        var snapshot = data.SnapshotFolder(Week1);
        var badge = Path.Combine(snapshot, "badge.svg");
        File.CreateSymbolicLink(badge, Secret);
        // The entry an attacker writes: the link's own length as size, the target's digest as hash.
        var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(snapshot, ArchiveLayout.ManifestFileName)))!;
        manifest["files"]!.AsArray().Add(new JsonObject
        {
            ["path"] = "badge.svg",
            ["size"] = Secret.Length,
            ["sha256"] = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Secret))),
        });
        File.WriteAllText(Path.Combine(snapshot, ArchiveLayout.ManifestFileName), manifest.ToJsonString());

        var run = CliRun.Of("validate", "--data", data.Path);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{data.DiagnosticPath("2026-02-17/badge.svg")}: error {PathErrors.LinkLeavesFolderCode}", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("root:x", run.All, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_refuse_a_snapshot_folder_link_without_walking_into_it()
    {
        using var data = PublishedDataFolder.WithWeek1Published();
        Directory.CreateSymbolicLink(Path.Combine(data.SnapshotFolder(Week1), "rootlink"), _outside.PathOf("secret"));

        var run = CliRun.Of("validate", "--data", data.Path);

        Assert.Equal(1, run.ExitCode);
        var error = Assert.Single(ArchiveVerifier.Verify(data.Path));
        Assert.Equal((PathErrors.LinkLeavesFolderCode, data.DiagnosticPath("2026-02-17/rootlink")), (error.Code, error.Path));
        Assert.DoesNotContain("passwd", run.All, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_compute_the_data_version_without_following_links_out_of_the_data_folder()
    {
        using var data = PublishedDataFolder.WithWeek1Published();
        var before = DataVersion.Of(data.Path);
        Directory.CreateSymbolicLink(Path.Combine(data.Path, "notes"), _outside.PathOf("secret"));
        Directory.CreateSymbolicLink(Path.Combine(data.SnapshotFolder(Week1), "rootlink"), "/");

        Assert.Equal(before, DataVersion.Of(data.Path));
    }

    [Fact]
    public void Should_refuse_a_data_file_that_links_outside_the_data_folder()
    {
        using var data = PublishedDataFolder.WithoutSnapshots();
        var findings = Path.Combine(data.Path, "findings.csv");
        File.Move(findings, _outside.PathOf("findings.csv"));
        File.CreateSymbolicLink(findings, _outside.PathOf("findings.csv"));

        var run = CliRun.Of("validate", "--data", data.Path);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"findings.csv: error {PathErrors.LinkLeavesFolderCode}", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_stop_a_build_at_a_theme_or_input_file_that_links_outside_and_read_links_that_stay_inside()
    {
        using var site = SiteFolder.Shipped();
        File.CreateSymbolicLink(site.PathOf("theme/assets/passwd.txt"), Secret);
        File.CreateSymbolicLink(site.PathOf("input/notes.txt"), _outside.PathOf("secret"));

        var failed = site.Build();

        Assert.False(failed.Succeeded);
        Assert.Equal(
            [(PathErrors.LinkLeavesFolderCode, site.Input.Replace('\\', '/') + "/notes.txt"), (PathErrors.LinkLeavesFolderCode, site.Theme.Replace('\\', '/') + "/assets/passwd.txt")],
            failed.Diagnostics.Where(d => d.IsError).Select(d => (d.Code, d.Path)).Order());
        Assert.False(Directory.Exists(site.Output));

        File.Delete(site.PathOf("theme/assets/passwd.txt"));
        File.Delete(site.PathOf("input/notes.txt"));
        Directory.CreateDirectory(site.PathOf("input/.kept"));
        File.Move(site.PathOf("input/about.md"), site.PathOf("input/.kept/about.md"));
        File.CreateSymbolicLink(site.PathOf("input/about.md"), ".kept/about.md");
        var built = site.Build();
        Assert.True(built.Succeeded, string.Join("\n", built.Diagnostics));
        Assert.True(File.Exists(Path.Combine(site.Output, "about", "index.html")));
    }
}
