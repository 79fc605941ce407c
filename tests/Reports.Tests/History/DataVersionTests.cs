using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Reports.Data;
using Reports.History;
using Reports.Rendering.Json;
using Reports.Scoring;

namespace Reports.Tests.History;

/// <summary>The data version: the commit of a clean data folder in git, a content hash otherwise, never a clock.</summary>
public sealed class DataVersionTests
{
    [SkippableFact]
    public void Is_the_last_commit_that_changed_the_data_folder_when_it_is_clean()
    {
        using var repository = TempGitRepository.Create();
        repository.CopyFolder(DataFolders.Shipped, "data");
        var dataCommit = repository.Commit("data");
        repository.Write("README.md", "not data\n");
        repository.Commit("docs");

        var version = DataVersion.Of(repository.Data);

        Assert.Equal(DataVersionInfo.Git, version.Kind);
        Assert.Equal(dataCommit, version.Id);
        Assert.Equal(dataCommit[..12], version.Short);
    }

    [SkippableFact]
    public void Ignores_commits_that_only_add_to_the_archive()
    {
        using var repository = TempGitRepository.Create();
        repository.CopyFolder(DataFolders.Shipped, "data");
        var dataCommit = repository.Commit("data");
        repository.Write("data/archive/2026-02-17/index.html", "<p>published</p>\n");
        repository.Commit("archive week 1");

        Assert.Equal(dataCommit, DataVersion.Of(repository.Data).Id);
    }

    [SkippableFact]
    public void Is_the_content_hash_when_a_tracked_file_has_uncommitted_changes()
    {
        using var repository = TempGitRepository.Create();
        repository.CopyFolder(DataFolders.Shipped, "data");
        repository.Commit("data");
        var scores = Path.Combine(repository.Data, "scores.csv");
        File.WriteAllText(scores, File.ReadAllText(scores).Replace("2026-02-18,discipline,3", "2026-02-18,discipline,4", StringComparison.Ordinal));

        var version = DataVersion.Of(repository.Data);

        Assert.Equal(DataVersionInfo.Content, version.Kind);
        Assert.StartsWith("sha256:", version.Id, StringComparison.Ordinal);
        Assert.Equal(ExpectedContentHash(repository.Data), version.Id);
    }

    [SkippableFact]
    public void Is_the_content_hash_when_the_data_folder_has_an_untracked_file()
    {
        using var repository = TempGitRepository.Create();
        repository.CopyFolder(DataFolders.Shipped, "data");
        repository.Commit("data");
        repository.Write("data/notes.txt", "draft\n");

        Assert.Equal(DataVersionInfo.Content, DataVersion.Of(repository.Data).Kind);
    }

    [SkippableFact]
    public void Is_the_content_hash_when_nothing_in_the_data_folder_is_committed_yet()
    {
        using var repository = TempGitRepository.Create();
        repository.Write("README.md", "x\n");
        repository.Commit("first");
        repository.CopyFolder(DataFolders.Shipped, "data");

        Assert.Equal(DataVersionInfo.Content, DataVersion.Of(repository.Data).Kind);
    }

    [Fact]
    public void Is_a_content_hash_outside_git_that_reproduces_the_documented_recipe()
    {
        var folder = DataFolders.CopyOfShipped();
        try
        {
            var version = DataVersion.Of(folder);

            Assert.Equal(DataVersionInfo.Content, version.Kind);
            Assert.Equal(ExpectedContentHash(folder), version.Id);
            Assert.Equal(version.Id[..19], version.Short);
            Assert.Matches("^sha256:[0-9a-f]{64}$", version.Id);
        }
        finally
        {
            DataFolders.DeleteQuietly(folder);
        }
    }

    [Fact]
    public void Content_hash_is_the_same_for_the_same_files_anywhere()
    {
        var first = DataFolders.CopyOfShipped();
        var second = DataFolders.CopyOfShipped();
        try
        {
            File.SetLastWriteTimeUtc(Path.Combine(second, "scores.csv"), new DateTime(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc));

            Assert.Equal(DataVersion.Of(first), DataVersion.Of(second));
        }
        finally
        {
            DataFolders.DeleteQuietly(first);
            DataFolders.DeleteQuietly(second);
        }
    }

    [Fact]
    public void Content_hash_changes_with_one_byte_of_data_or_a_renamed_file()
    {
        var folder = DataFolders.CopyOfShipped();
        try
        {
            var before = DataVersion.Of(folder).Id;
            var scores = Path.Combine(folder, "scores.csv");
            var bytes = File.ReadAllBytes(scores);
            bytes[^2] ^= 1;
            File.WriteAllBytes(scores, bytes);
            var afterEdit = DataVersion.Of(folder).Id;
            File.Move(Path.Combine(folder, "decisions.csv"), Path.Combine(folder, "decisions-old.csv"));
            var afterRename = DataVersion.Of(folder).Id;

            Assert.Equal(3, new[] { before, afterEdit, afterRename }.Distinct().Count());
        }
        finally
        {
            DataFolders.DeleteQuietly(folder);
        }
    }

    [Fact]
    public void Content_hash_leaves_out_the_archive()
    {
        var folder = DataFolders.CopyOfShipped();
        try
        {
            var before = DataVersion.Of(folder).Id;
            Directory.CreateDirectory(Path.Combine(folder, "archive", "2026-02-17"));
            File.WriteAllText(Path.Combine(folder, "archive", "2026-02-17", "index.html"), "<p>published</p>");

            Assert.Equal(before, DataVersion.Of(folder).Id);
        }
        finally
        {
            DataFolders.DeleteQuietly(folder);
        }
    }

    [Fact]
    public void Weeks_json_carries_the_data_version_right_after_the_schema_only_when_given()
    {
        var report = ProgramEvaluator.Evaluate(DataFolderLoader.Load(DataFolders.Shipped).Value!);
        var version = new DataVersionInfo("sha256:" + new string('a', 64), DataVersionInfo.Content, "sha256:aaaaaaaaaaaa");

        var with = JsonDocument.Parse(WeeksJson.Write(report, version)).RootElement.EnumerateObject().Select(p => p.Name).ToArray();
        var without = WeeksJson.Write(report);

        Assert.Equal(["schema", "data_version", "weeks"], with);
        Assert.DoesNotContain("data_version", without, StringComparison.Ordinal);
        Assert.Equal(without, WeeksJson.Write(report, null));
    }

    [SkippableFact]
    public void Status_json_prints_the_data_version()
    {
        using var repository = TempGitRepository.Create();
        repository.CopyFolder(DataFolders.Shipped, "data");
        var commit = repository.Commit("data");

        var run = InProcessCli.Run(["status", "--json", "--data", repository.Data]);

        Assert.True(run.ExitCode == 0, run.ToString());
        var root = JsonDocument.Parse(run.Output).RootElement;
        Assert.Equal(commit, root.GetProperty("data_version").GetString());
        Assert.Equal(55.00m, root.GetProperty("weeks")[1].GetProperty("total").GetDecimal());
    }

    /// <summary>The documented recipe, computed independently: sha256sum lines in ordinal path order, hashed.</summary>
    private static string ExpectedContentHash(string folder)
    {
        var lines = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/'))
            .Where(p => !p.StartsWith("archive/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(p => $"{Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Path.Combine(folder, p))))}  {p}\n");
        return "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Concat(lines))));
    }
}
