using System.Text.Json;
using Reports.Archive;
using Reports.Data;
using Reports.History;
using Reports.Scoring;

namespace Reports.Tests.History;

/// <summary><c>reports diff</c> run in-process: from the data as of 2026-02-17 to the shipped data, and the ways it can fail.</summary>
public sealed class DiffCommandTests
{
    [Fact]
    public void From_a_week_1_folder_the_markdown_reports_the_new_week_its_total_and_every_category_change()
    {
        using var base1 = ScratchFolder.Week1Data();
        using var head = ScratchFolder.ShippedData();

        var run = InProcessCli.Run(["diff", "--base", base1.Path, "--data", head.Path]);

        Assert.True(run.ExitCode == 0, run.ToString());
        var markdown = run.Output;
        Assert.StartsWith("## Reliability program: what this change does\n\n", markdown, StringComparison.Ordinal);
        Assert.Contains("**1 week added** (2026-02-18)", markdown, StringComparison.Ordinal);
        Assert.Contains("### Week of 2026-02-18 · new", markdown, StringComparison.Ordinal);
        Assert.Contains("**55.00** (+8.75 from 46.25 on 2026-02-17) · Phase 1 (Metric Hardening) · Stay in Phase 1", markdown, StringComparison.Ordinal);
        Assert.Contains("| Measurement Completeness | 2 · 10.00 | 3 · 15.00 | +1 · +5.00 |", markdown, StringComparison.Ordinal);
        Assert.Contains("| Security and Abuse Resistance | 1 · 3.75 | 2 · 7.50 | +1 · +3.75 |", markdown, StringComparison.Ordinal);
        Assert.Contains("| **Total** | **46.25** | **55.00** | **+8.75** |", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("| Reliability Outcomes |", markdown, StringComparison.Ordinal);
        Assert.Contains("| Gate G1 · Instrumentation completeness | fail | pass |", markdown, StringComparison.Ordinal);
        Assert.Contains("findings: 4 changed", markdown, StringComparison.Ordinal);
        Assert.Contains("| KI-4 | status | open | mitigated |", markdown, StringComparison.Ordinal);
        Assert.Contains("|  | closed | — | 2026-02-18 |", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void From_a_week_1_folder_the_json_reports_the_new_week_its_total_and_every_category_change()
    {
        using var base1 = ScratchFolder.Week1Data();
        using var head = ScratchFolder.ShippedData();

        var run = InProcessCli.Run(["diff", "--base", base1.Path, "--data", head.Path, "--json"]);

        Assert.True(run.ExitCode == 0, run.ToString());
        var root = JsonDocument.Parse(run.Output).RootElement;
        Assert.Equal(1, root.GetProperty("schema").GetInt32());
        Assert.True(root.GetProperty("changed").GetBoolean());
        Assert.Equal("folder", root.GetProperty("base").GetProperty("kind").GetString());
        Assert.Equal(1, root.GetProperty("summary").GetProperty("weeks_added").GetInt32());
        var week = Assert.Single(root.GetProperty("weeks").EnumerateArray());
        Assert.Equal("2026-02-18", week.GetProperty("week_of").GetString());
        Assert.Equal("added", week.GetProperty("change").GetString());
        Assert.Equal("2026-02-17", week.GetProperty("compared_with").GetString());
        Assert.Equal("55.00", week.GetProperty("after").GetProperty("total").GetRawText());
        Assert.Equal("46.25", week.GetProperty("before").GetProperty("total").GetRawText());
        Assert.Equal("8.75", week.GetProperty("total_delta").GetRawText());
        Assert.Equal("stay", week.GetProperty("after").GetProperty("decision").GetString());
        Assert.Equal(
            [("measurement", 2, 3, 1), ("security", 1, 2, 1)],
            week.GetProperty("categories").EnumerateArray().Select(c => (
                c.GetProperty("key").GetString()!, c.GetProperty("before").GetInt32(), c.GetProperty("after").GetInt32(), c.GetProperty("delta").GetInt32())));
        Assert.Equal(["G1"], week.GetProperty("gates").EnumerateArray().Select(g => g.GetProperty("id").GetString()));
        Assert.Equal(["KI-4", "H-1", "H-2", "WS-1"], root.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("id").GetString()));
    }

    [SkippableFact]
    public void From_a_git_ref_it_reads_the_data_folder_at_that_commit()
    {
        using var repository = TempGitRepository.Create();
        var week1 = DataFolders.NewTemporaryPath();
        Week1Data.WriteTo(week1);
        repository.CopyFolder(week1, "data");
        DataFolders.DeleteQuietly(week1);
        var first = repository.Commit("Week 1 baseline");
        repository.CopyFolder(DataFolders.Shipped, "data");
        repository.Commit("Week 2 scorecard");

        var markdown = InProcessCli.Run(["diff", "--base", "HEAD~1", "--data", repository.Data]);
        var json = InProcessCli.Run(["diff", "--base", "HEAD~1", "--data", repository.Data, "--json"]);

        Assert.True(markdown.ExitCode == 0, markdown.ToString());
        Assert.Contains($"Compared with HEAD\\~1 (commit `{first[..12]}`): **1 week added** (2026-02-18)", markdown.Output, StringComparison.Ordinal);
        Assert.Contains("**55.00** (+8.75 from 46.25 on 2026-02-17)", markdown.Output, StringComparison.Ordinal);
        Assert.Contains("| Measurement Completeness | 2 · 10.00 | 3 · 15.00 | +1 · +5.00 |", markdown.Output, StringComparison.Ordinal);
        Assert.Contains("| Security and Abuse Resistance | 1 · 3.75 | 2 · 7.50 | +1 · +3.75 |", markdown.Output, StringComparison.Ordinal);
        Assert.True(json.ExitCode == 0, json.ToString());
        var root = JsonDocument.Parse(json.Output).RootElement;
        Assert.Equal("git", root.GetProperty("base").GetProperty("kind").GetString());
        Assert.Equal(first, root.GetProperty("base").GetProperty("commit").GetString());
        var week = Assert.Single(root.GetProperty("weeks").EnumerateArray());
        Assert.Equal("55.00", week.GetProperty("after").GetProperty("total").GetRawText());
        Assert.Equal(["measurement", "security"], week.GetProperty("categories").EnumerateArray().Select(c => c.GetProperty("key").GetString()));
    }

    [SkippableFact]
    public void At_a_terminal_the_diff_has_no_markdown_escapes_and_the_job_summary_keeps_them()
    {
        using var repository = TempGitRepository.Create();
        var week1 = DataFolders.NewTemporaryPath();
        Week1Data.WriteTo(week1);
        repository.CopyFolder(week1, "data");
        DataFolders.DeleteQuietly(week1);
        repository.Commit("Week 1 baseline");
        repository.CopyFolder(DataFolders.Shipped, "data");
        repository.Commit("Week 2 scorecard");
        using var summary = ScratchFolder.Empty();
        var summaryFile = Path.Combine(summary.Path, "summary.md");

        var run = InProcessCli.Run(
            ["diff", "--base", "HEAD~1", "--data", repository.Data],
            new Dictionary<string, string> { ["GITHUB_STEP_SUMMARY"] = summaryFile },
            redirected: false);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("Compared with HEAD~1 (commit ", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("\\", run.Output, StringComparison.Ordinal);
        Assert.Contains("Compared with HEAD\\~1 (commit ", File.ReadAllText(summaryFile), StringComparison.Ordinal);
    }

    [SkippableFact]
    public void A_data_folder_at_the_top_of_its_repository_is_read_at_the_ref_too()
    {
        using var repository = TempGitRepository.Create();
        Week1Data.WriteTo(repository.Root);
        repository.Commit("Week 1 baseline");
        DataFolders.Copy(DataFolders.Shipped, repository.Root); // the working tree now holds week 2, uncommitted

        var run = InProcessCli.Run(["diff", "--base", "main", "--data", repository.Root, "--json"]);

        Assert.True(run.ExitCode == 0, run.ToString());
        var week = Assert.Single(JsonDocument.Parse(run.Output).RootElement.GetProperty("weeks").EnumerateArray());
        Assert.Equal(("2026-02-18", "added"), (week.GetProperty("week_of").GetString(), week.GetProperty("change").GetString()));
    }

    [SkippableFact]
    public void Uncommitted_edits_in_the_data_folder_are_compared_with_the_ref()
    {
        using var repository = TempGitRepository.Create();
        repository.CopyFolder(DataFolders.Shipped, "data");
        repository.Commit("data");
        var scores = Path.Combine(repository.Data, "scores.csv");
        File.WriteAllText(scores, File.ReadAllText(scores).Replace("2026-02-17,ci,3", "2026-02-17,ci,4", StringComparison.Ordinal));

        var run = InProcessCli.Run(["diff", "--base", "HEAD", "--data", repository.Data, "--json"]);

        Assert.True(run.ExitCode == 0, run.ToString());
        var week = Assert.Single(JsonDocument.Parse(run.Output).RootElement.GetProperty("weeks").EnumerateArray());
        Assert.Equal(("2026-02-17", "changed", "base"), (week.GetProperty("week_of").GetString(), week.GetProperty("change").GetString(), week.GetProperty("compared_with").GetString()));
        Assert.Equal("50.00", week.GetProperty("after").GetProperty("total").GetRawText());
    }

    [SkippableFact]
    public void A_ref_from_before_the_data_folder_existed_reads_as_everything_added()
    {
        using var repository = TempGitRepository.Create();
        repository.Write("README.md", "a data repository\n");
        repository.Commit("empty");
        repository.CopyFolder(DataFolders.Shipped, "data");
        repository.Commit("data");

        var run = InProcessCli.Run(["diff", "--base", "HEAD~1", "--data", repository.Data, "--json"]);

        Assert.True(run.ExitCode == 0, run.ToString());
        var summary = JsonDocument.Parse(run.Output).RootElement.GetProperty("summary");
        Assert.Equal((2, 6, 8, 9), (summary.GetProperty("weeks_added").GetInt32(), summary.GetProperty("rubric").GetInt32(), summary.GetProperty("gates").GetInt32(), summary.GetProperty("findings").GetInt32()));
    }

    [Fact]
    public void Comparing_with_the_same_data_says_there_is_no_change()
    {
        using var base1 = ScratchFolder.ShippedData();
        using var head = ScratchFolder.ShippedData();

        var markdown = InProcessCli.Run(["diff", "--base", base1.Path, "--data", head.Path]);
        var json = InProcessCli.Run(["diff", "--base", base1.Path, "--data", head.Path, "--json"]);

        Assert.True(markdown.ExitCode == 0, markdown.ToString());
        Assert.Contains("No change to the program", markdown.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("###", markdown.Output, StringComparison.Ordinal);
        Assert.True(json.ExitCode == 0, json.ToString());
        Assert.False(JsonDocument.Parse(json.Output).RootElement.GetProperty("changed").GetBoolean());
    }

    [SkippableFact]
    public void Comparing_with_head_of_a_clean_repository_says_there_is_no_change()
    {
        using var repository = TempGitRepository.Create();
        repository.CopyFolder(DataFolders.Shipped, "data");
        repository.Commit("data");

        var run = InProcessCli.Run(["diff", "--base", "main", "--data", repository.Data]);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("No change to the program", run.Output, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void An_unknown_ref_is_a_usage_error()
    {
        using var repository = TempGitRepository.Create();
        repository.CopyFolder(DataFolders.Shipped, "data");
        repository.Commit("data");

        var run = InProcessCli.Run(["diff", "--base", "origin/no-such-branch", "--data", repository.Data]);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("error: --base: unknown git ref 'origin/no-such-branch'", run.Error, StringComparison.Ordinal);
        Assert.Equal("", run.Output);
    }

    [SkippableFact]
    public void A_ref_that_looks_like_an_option_is_refused()
    {
        using var repository = TempGitRepository.Create();
        repository.CopyFolder(DataFolders.Shipped, "data");
        repository.Commit("data");

        var run = InProcessCli.Run(["diff", "--data", repository.Data, "--base=--output=/tmp/x"]);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("is not a git ref", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_ref_outside_a_git_repository_is_a_usage_error()
    {
        using var head = ScratchFolder.ShippedData();

        var run = InProcessCli.Run(["diff", "--base", "origin/main", "--data", head.Path]);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("is not inside a git repository", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_base_it_is_a_usage_error()
    {
        var run = InProcessCli.Run(["diff", "--data", DataFolders.Shipped]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--base", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_base_data_prints_its_diagnostics_and_says_it_is_the_base()
    {
        using var base1 = ScratchFolder.ShippedData();
        using var head = ScratchFolder.ShippedData();
        base1.Replace("scores.csv", "2026-02-17,ci,3", "2026-02-17,ci,7");

        var run = InProcessCli.Run(["diff", "--base", base1.Path, "--data", head.Path], new Dictionary<string, string> { ["GITHUB_ACTIONS"] = "true" });

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains($"{base1.Path}/scores.csv(", run.Error, StringComparison.Ordinal);
        Assert.Contains("error RPT036", run.Error, StringComparison.Ordinal);
        Assert.Contains($"error: the base data ({base1.Path}) is invalid", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("::error", run.Output, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void Invalid_base_data_at_a_ref_names_its_files_at_that_ref()
    {
        using var repository = TempGitRepository.Create();
        repository.CopyFolder(DataFolders.Shipped, "data");
        repository.Write("data/scores.csv", "week_of,category,scroe\n");
        repository.Commit("broken");
        repository.CopyFolder(DataFolders.Shipped, "data");
        repository.Commit("fixed");

        var run = InProcessCli.Run(["diff", "--base", "HEAD~1", "--data", repository.Data]);

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains("HEAD~1:data/scores.csv(1,", run.Error, StringComparison.Ordinal);
        Assert.Contains("error: the base data (HEAD~1:data) is invalid", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_data_in_the_change_says_it_is_the_change()
    {
        using var base1 = ScratchFolder.ShippedData();
        using var head = ScratchFolder.ShippedData();
        head.Replace("rubric.csv", "measurement,Measurement Completeness,20", "measurement,Measurement Completeness,25");

        var run = InProcessCli.Run(["diff", "--base", base1.Path, "--data", head.Path]);

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains("error RPT040", run.Error, StringComparison.Ordinal);
        Assert.Contains($"error: the data in '{head.Path}' (the change) is invalid", run.Error, StringComparison.Ordinal);
        Assert.Equal("", run.Output);
    }

    [Fact]
    public void Under_github_actions_the_markdown_is_appended_to_the_job_summary_and_printed()
    {
        using var base1 = ScratchFolder.Week1Data();
        using var head = ScratchFolder.ShippedData();
        using var scratch = ScratchFolder.Empty();
        var summary = scratch.File("step_summary.md");
        File.WriteAllText(summary, "## Validate\n\nvalid\n");
        var environment = new Dictionary<string, string> { ["GITHUB_ACTIONS"] = "true", ["GITHUB_STEP_SUMMARY"] = summary };

        var run = InProcessCli.Run(["diff", "--base", base1.Path, "--data", head.Path], environment);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal("## Validate\n\nvalid\n" + run.Output + "\n", File.ReadAllText(summary));
        Assert.Contains("**55.00** (+8.75 from 46.25 on 2026-02-17)", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_output_leaves_the_job_summary_alone()
    {
        using var base1 = ScratchFolder.Week1Data();
        using var head = ScratchFolder.ShippedData();
        using var scratch = ScratchFolder.Empty();
        var summary = scratch.File("step_summary.md");
        File.WriteAllText(summary, "before\n");

        var run = InProcessCli.Run(["diff", "--base", base1.Path, "--data", head.Path, "--json"], new Dictionary<string, string> { ["GITHUB_STEP_SUMMARY"] = summary });

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal("before\n", File.ReadAllText(summary));
    }

    [Fact]
    public void A_published_week_whose_data_changed_is_flagged_as_an_archived_week_restated()
    {
        using var base1 = ScratchFolder.ShippedData();
        using var head = ScratchFolder.ShippedData();
        Publish(head.Path, new DateOnly(2026, 2, 17));
        head.Replace("scores.csv", "2026-02-17,security,1,\"Telemetry hardening improved", "2026-02-17,security,2,\"Telemetry hardening much improved");

        var markdown = InProcessCli.Run(["diff", "--base", base1.Path, "--data", head.Path]);
        var json = InProcessCli.Run(["diff", "--base", base1.Path, "--data", head.Path, "--json"]);

        Assert.True(markdown.ExitCode == 0, markdown.ToString());
        Assert.Contains("### Week of 2026-02-17 · changed · ⚠️ archived week restated", markdown.Output, StringComparison.Ordinal);
        Assert.Contains("⚠️ **1 archived week restated**", markdown.Output, StringComparison.Ordinal);
        Assert.Contains("**50.00** (was 46.25: +3.75)", markdown.Output, StringComparison.Ordinal);
        Assert.Contains("| rationale · Security and Abuse Resistance |", markdown.Output, StringComparison.Ordinal);
        // Week 2's own scores are untouched: only its distance from week 1 moved, which is not a change to it.
        var week = Assert.Single(JsonDocument.Parse(json.Output).RootElement.GetProperty("weeks").EnumerateArray());
        Assert.Equal("2026-02-17", week.GetProperty("week_of").GetString());
        Assert.True(week.GetProperty("archived").GetBoolean());
        Assert.True(week.GetProperty("restated").GetBoolean());
        Assert.Equal("security", week.GetProperty("texts")[0].GetProperty("subject").GetString());
    }

    private static void Publish(string dataDirectory, DateOnly week)
    {
        var report = ProgramEvaluator.Evaluate(DataFolderLoader.Load(dataDirectory).Value!);
        var folder = ArchiveLayout.SnapshotFolder(dataDirectory, week);
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "index.html"), "<p>published</p>\n");
        ArchiveManifest.Create(folder, SnapshotMetadata.For(report.Find(week)!, DataVersion.Of(dataDirectory)));
    }
}
