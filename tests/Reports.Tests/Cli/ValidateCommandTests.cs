using Reports.Tests.Data;

namespace Reports.Tests.Cli;

public sealed class ValidateCommandTests
{
    private static readonly string BrokenRoot = Path.Combine(TempDataFolder.CorpusRoot, "broken");

    public static TheoryData<string> BrokenCases =>
        new(Directory.EnumerateDirectories(BrokenRoot).Select(d => Path.GetFileName(d)!).Order(StringComparer.Ordinal));

    [Fact]
    public void The_shipped_data_is_valid()
    {
        var run = CliRun.Of("validate", "--data", TestPrograms.PlanData);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("valid (2 scored week(s), 6 categories, 8 gates, 0 incident(s), 9 finding(s))", run.Out, StringComparison.Ordinal);
        Assert.Empty(run.Error);
    }

    [Theory]
    [MemberData(nameof(BrokenCases))]
    public void Broken_input_exits_1_naming_file_and_line_without_a_stack_trace(string caseName)
    {
        using var folder = TempDataFolder.FromBaseline();
        folder.Overlay(Path.Combine(BrokenRoot, caseName));
        var expectedFiles = File.ReadAllLines(Path.Combine(BrokenRoot, caseName, "expected.txt"))
            .Where(l => l.Trim().Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split(['(', ':'])[0].Trim())
            .ToArray();

        var run = CliRun.Of("validate", "--data", folder.Path);

        if (run.ExitCode == 0)
        {
            // Warning-only cases (e.g. a source that looks like a misspelt red-team) still validate.
            Assert.Contains(": warning RPT", run.Error, StringComparison.Ordinal);
            return;
        }

        Assert.Equal(1, run.ExitCode);
        Assert.All(expectedFiles, file => Assert.Contains(Path.Combine(folder.Path, file).Replace('\\', '/'), run.Error, StringComparison.Ordinal));
        Assert.Matches(@": error RPT\d{3}: ", run.Error);
        Assert.DoesNotContain("   at ", run.All, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", run.All, StringComparison.Ordinal);
    }

    [Fact]
    public void Diagnostics_use_the_compiler_format_with_line_and_column()
    {
        using var folder = TempDataFolder.FromBaseline();
        folder.Overlay(Path.Combine(BrokenRoot, "typo-column"));

        var run = CliRun.Of("validate", "--data", folder.Path);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{folder.Path}/scores.csv(1,18): error RPT012: unknown column", run.Error, StringComparison.Ordinal);
        Assert.Contains("1 error(s), 0 warning(s)", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Under_GitHub_Actions_problems_are_also_annotations_on_standard_output()
    {
        using var folder = TempDataFolder.FromBaseline();
        folder.Overlay(Path.Combine(BrokenRoot, "typo-column"));

        var run = CliRun.With(new Dictionary<string, string> { ["GITHUB_ACTIONS"] = "true" }, redirected: true, "validate", "--data", folder.Path);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"::error file={folder.Path}/scores.csv,line=1,col=18,title=RPT012::unknown column", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_data_folder_is_invalid_data_not_a_crash()
    {
        var run = CliRun.Of("validate", "--data", Path.Combine(Path.GetTempPath(), "no-such-folder-" + Guid.NewGuid().ToString("N")));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error RPT001", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_new_weeks_three_problems_are_reported_in_one_run()
    {
        using var folder = TempDataFolder.FromBaseline();
        folder.Overlay(Path.Combine(BrokenRoot, "three-problems-in-one-run"));

        var run = CliRun.Of("validate", "--data", folder.Path);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{folder.Path}/scores.csv(8,24): error RPT036: score 5 is out of range", run.Error, StringComparison.Ordinal);
        Assert.Contains($"{folder.Path}/scores.csv(11,12): error RPT052: unknown category 'securty' (hint: did you mean 'security'?)", run.Error, StringComparison.Ordinal);
        Assert.Contains($"{folder.Path}/scores.csv(8,1): error RPT053: week 2026-02-18 has no score for 'discipline'", run.Error, StringComparison.Ordinal);
        Assert.Contains("3 error(s), 0 warning(s)", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_new_week_without_gate_results_validates_with_a_warning_naming_the_phases_gates()
    {
        using var folder = TempDataFolder.FromBaseline();
        var scores = File.ReadAllText(Path.Combine(folder.Path, "scores.csv"));
        folder.Write("scores.csv", scores + string.Concat(
            new[] { "measurement", "outcomes", "ci", "security", "operability", "discipline" }.Select(c => $"2026-02-25,{c},3,x,x\n")));

        var run = CliRun.Of("validate", "--data", folder.Path);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains(
            $"{folder.Path}/gate-results.csv: warning RPT059: week 2026-02-25 has no gate results; G1–G4 are unknown and block the phase exit",
            run.Error,
            StringComparison.Ordinal);
        Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }
}
