using System.Diagnostics;
using System.Text.Json.Nodes;
using Reports.Cli;
using Reports.Rendering.Yaml;
using Reports.Tests.Archive;
using Reports.Tests.Data;
using Reports.Tests.Site;

namespace Reports.Tests.Cli;

/// <summary>
/// Input made to hurt (nested thousands deep, a million entries long, a workflow command hidden in a cell) is
/// a diagnostic with file, line and column and exit 1, in the time of a normal run; never a crash.
/// </summary>
public sealed class PathologicalInputTests
{
    private static readonly TimeSpan NormalRun = TimeSpan.FromSeconds(20);

    private static string Build(SiteFolder site, out int exit, params string[] extra)
    {
        var run = CliRun.Of(["build", "--data", site.Data, "--input", site.Input, "--theme", site.Theme, "--output", site.Output, .. extra]);
        exit = run.ExitCode;
        Assert.DoesNotContain("   at ", run.All, StringComparison.Ordinal);
        return run.All;
    }

    [Fact]
    public void Validate_reports_markdown_nested_too_deeply_in_a_cell_at_its_line_and_column()
    {
        using var folder = TempDataFolder.FromBaseline();
        var scores = File.ReadAllText(Path.Combine(folder.Path, "scores.csv"))
            .Replace("SLO outcomes are mostly unknown.", new string('>', 3000) + " SLO outcomes are mostly unknown.", StringComparison.Ordinal)
            .Replace("Video lifecycle", string.Concat(Enumerable.Repeat("- ", 40)) + "Video lifecycle", StringComparison.Ordinal);
        folder.Write("scores.csv", scores);

        var clock = Stopwatch.StartNew();
        var run = CliRun.Of("validate", "--data", folder.Path);

        Assert.True(clock.Elapsed < NormalRun, clock.Elapsed.ToString());
        Assert.Equal(ExitCodes.InvalidData, run.ExitCode);
        Assert.Contains($"{folder.Path}/scores.csv(4,65): error RPT029: 'rationale' is Markdown nested 40 levels deep here", run.Error, StringComparison.Ordinal);
        Assert.Contains($"{folder.Path}/scores.csv(5,55): error RPT029: 'rationale' is Markdown nested 3000 levels deep here", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_reports_a_narrative_nested_too_deeply_instead_of_failing_as_a_bug()
    {
        using var site = SiteFolder.Shipped();
        site.Write("input/weeks/2026-02-18.md", "Notes.\n\n" + string.Join('\n', Enumerable.Range(0, 3000).Select(i => new string(' ', i * 2) + "- item")));

        var clock = Stopwatch.StartNew();
        var printed = Build(site, out var exit);

        Assert.True(clock.Elapsed < NormalRun, clock.Elapsed.ToString());
        Assert.Equal(ExitCodes.InvalidData, exit);
        Assert.Contains("input/weeks/2026-02-18.md(35,", printed, StringComparison.Ordinal);
        Assert.Contains("error RPT915", printed, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("input/site.yml", "title: Deep\nbase_url: ", "")]
    [InlineData("input/about.md", "---\ntitle: Deep\nsummary: ", "\n---\nBody.\n")]
    public void Yaml_nested_100000_deep_is_an_error_not_a_crash(string file, string before, string after)
    {
        using var site = SiteFolder.Shipped();
        site.Write(file, before + new string('[', 100_000) + new string(']', 100_000) + after);

        var printed = Build(site, out var exit);

        Assert.Equal(ExitCodes.InvalidData, exit);
        Assert.Contains(file, printed, StringComparison.Ordinal);
        Assert.Contains($"at most {BoundedYaml.MaxLength} are read", printed, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("input/site.yml", "title: Deep\nbase_url: ", "", "input/site.yml(2,42): error RPT970")]
    [InlineData("input/about.md", "---\ntitle: Deep\nsummary: ", "\n---\nBody.\n", "input/about.md(3,41): error RPT910")]
    public void Yaml_nested_deeper_than_the_limit_is_reported_where_it_passes_it(string file, string before, string after, string expected)
    {
        using var site = SiteFolder.Shipped();
        site.Write(file, before + new string('[', 5000) + new string(']', 5000) + after);

        var printed = Build(site, out var exit);

        Assert.Equal(ExitCodes.InvalidData, exit);
        Assert.Contains(expected, printed, StringComparison.Ordinal);
        Assert.Contains($"collections nest more than {BoundedYaml.MaxDepth} levels deep here", printed, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_filter_in_the_theme_is_an_error_at_its_file_and_line_also_with_strict()
    {
        using var site = SiteFolder.Shipped();
        var layout = File.ReadAllText(site.PathOf("theme/layouts/default.liquid"));
        site.Write("theme/layouts/default.liquid", layout.Replace("</footer>", "\n{{ site.title | upcasee }}</footer>", StringComparison.Ordinal));
        var line = layout[..layout.IndexOf("</footer>", StringComparison.Ordinal)].Count(c => c == '\n') + 2;

        var printed = Build(site, out var exit, "--strict");

        Assert.Equal(ExitCodes.InvalidData, exit);
        Assert.Contains($"theme/layouts/default.liquid({line},17): error RPT907: unknown filter 'upcasee' (hint: did you mean 'upcase'?)", printed, StringComparison.Ordinal);
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void Under_github_actions_no_printed_line_is_a_workflow_command_but_the_annotations()
    {
        using var folder = TempDataFolder.FromBaseline();
        var scores = File.ReadAllText(Path.Combine(folder.Path, "scores.csv"))
            .Replace("2026-02-17,outcomes,1,", "2026-02-17,outcomes,\"1\n::add-mask::secret\r::stop-commands::x\",", StringComparison.Ordinal);
        folder.Write("scores.csv", scores);
        var actions = new Dictionary<string, string> { ["GITHUB_ACTIONS"] = "true" };

        var validate = CliRun.With(actions, redirected: true, "validate", "--data", folder.Path);

        Assert.Equal(ExitCodes.InvalidData, validate.ExitCode);
        Assert.Contains("add-mask", validate.Error, StringComparison.Ordinal);
        var commands = Lines(validate.All).Where(l => l.TrimStart().StartsWith("::", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(commands);
        Assert.All(commands, l => Assert.Matches(@"^::(error|warning) file=", l));
        Assert.All(Lines(validate.Error), l => Assert.False(l.TrimStart().StartsWith("::", StringComparison.Ordinal), l));
    }

    [Fact]
    public void Under_github_actions_a_rationale_printed_by_status_cannot_start_a_workflow_command()
    {
        using var folder = TempDataFolder.FromBaseline();
        var scores = File.ReadAllText(Path.Combine(folder.Path, "scores.csv"))
            .Replace("SLO outcomes are mostly unknown.", "\"SLO\n::add-mask::secret\"", StringComparison.Ordinal);
        folder.Write("scores.csv", scores);

        var status = CliRun.With(new Dictionary<string, string> { ["GITHUB_ACTIONS"] = "true" }, redirected: true, "status", "--data", folder.Path, "--week", "2026-02-17");

        Assert.Equal(ExitCodes.Ok, status.ExitCode);
        Assert.All(Lines(status.All), l => Assert.False(l.TrimStart().StartsWith("::", StringComparison.Ordinal), l));
    }

    [Fact]
    public void Guarded_writer_neutralises_every_line_start_and_nothing_else()
    {
        using var inner = new StringWriter();
        using var guard = new WorkflowCommandGuard(inner);

        guard.Write("a ::b\n  ::add-mask::x\n");
        guard.WriteLine("one\n::warning::two");
        guard.Write("::part");
        guard.Write("ial");
        guard.Flush();

        Assert.Equal(string.Join(Environment.NewLine, "a ::b", ">   ::add-mask::x", "one", "> ::warning::two", "> ::partial"), inner.ToString());
    }

    [Fact]
    public void A_manifest_of_thousands_of_bad_entries_prints_a_bounded_number_of_errors_and_says_how_many_were_left_out()
    {
        using var data = PublishedDataFolder.WithWeek1Published();
        var manifestPath = Path.Combine(data.SnapshotFolder(new DateOnly(2026, 2, 17)), "manifest.json");
        var manifest = JsonNode.Parse(File.ReadAllText(manifestPath))!.AsObject();
        var files = manifest["files"]!.AsArray();
        for (var i = 0; i < 5000; i++)
        {
            files.Add(new JsonObject { ["path"] = $"missing/{i:D5}.html", ["size"] = 1, ["sha256"] = new string('0', 64) });
        }

        File.WriteAllText(manifestPath, manifest.ToJsonString());

        var run = CliRun.Of("validate", "--data", data.Path);

        Assert.Equal(ExitCodes.InvalidData, run.ExitCode);
        Assert.InRange(Lines(run.Error).Count(l => l.Contains(": error RPT065", StringComparison.Ordinal)), 1, 100);
        Assert.Contains("error RPT099: 4900 more problems in this file were not shown", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_control_character_in_a_manifest_path_is_refused_and_printed_escaped()
    {
        using var data = PublishedDataFolder.WithWeek1Published();
        var manifestPath = Path.Combine(data.SnapshotFolder(new DateOnly(2026, 2, 17)), "manifest.json");
        var manifest = JsonNode.Parse(File.ReadAllText(manifestPath))!.AsObject();
        manifest["files"]!.AsArray().Add(new JsonObject { ["path"] = "a\0b\u001b[2Jc.html", ["size"] = 1, ["sha256"] = new string('0', 64) });
        File.WriteAllText(manifestPath, manifest.ToJsonString());

        var run = CliRun.Of("validate", "--data", data.Path);

        Assert.Equal(ExitCodes.InvalidData, run.ExitCode);
        Assert.Contains("path 'a\\0b\\u001B[2Jc.html' contains a control character", run.Error, StringComparison.Ordinal);
        Assert.False(run.All.Contains('\0', StringComparison.Ordinal), "a NUL was printed");
        Assert.False(run.All.Contains('\u001b', StringComparison.Ordinal), "an escape was printed");
    }

    private static string[] Lines(string text) => text.Split('\n');
}
