using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace Reports.Tests.Publishing;

/// <summary>
/// The one deploy path, read from the workflow itself: the deploy job builds the site once, checked and for its
/// public address, and uploads exactly that folder; Netlify builds nothing; the pull-request comment is this
/// workflow's own, found by its marker and edited in place.
/// </summary>
public partial class DeployWorkflowTests
{
    private static readonly string WorkflowPath = Path.Combine(RepositoryRoot.Path, ".github", "workflows", "reports.yml");

    [Fact]
    public void Should_build_the_published_site_once_strictly_for_production_with_a_base_url()
    {
        var build = Assert.Single(Job("deploy").Runs(), IsSiteBuild);

        Assert.Contains("--strict", Words(build));
        Assert.Contains("--production", Words(build));
        Assert.False(string.IsNullOrWhiteSpace(ValueOf(build, "--base-url")), build);
    }

    [Fact]
    public void Should_deploy_the_checked_output_without_building_again()
    {
        var runs = Job("deploy").Runs().ToList();
        var build = runs.Single(IsSiteBuild);
        var deploy = Assert.Single(runs, r => r.Contains("netlify", StringComparison.Ordinal) && Words(r).Contains("deploy"));

        Assert.Contains("--no-build", Words(deploy));
        Assert.Contains("--prod", Words(deploy));
        Assert.Equal(ValueOf(build, "--output") ?? "output", ValueOf(deploy, "--dir"));
        Assert.True(runs.IndexOf(build) < runs.IndexOf(deploy), "the site is built before it is deployed");
    }

    [Fact]
    public void Should_leave_netlify_nothing_to_build()
    {
        var toml = File.ReadAllLines(Path.Combine(RepositoryRoot.Path, "netlify.toml")).Select(l => l.Trim()).Where(l => !l.StartsWith('#')).ToList();

        Assert.DoesNotContain(toml, l => l.StartsWith("[build", StringComparison.Ordinal));
        Assert.DoesNotContain(toml, l => l.StartsWith("command", StringComparison.Ordinal));
        Assert.DoesNotContain(toml, l => l.Contains("dotnet-install", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_check_every_pull_request_with_a_strict_build()
    {
        var build = Assert.Single(Job("pull-request").Runs(), IsSiteBuild);

        Assert.Contains("--strict", Words(build));
    }

    [Fact]
    public void Should_edit_only_its_own_comment_found_by_a_hidden_marker()
    {
        var step = Job("pull-request").Steps.Single(s => s.Run?.Contains("gh pr comment", StringComparison.Ordinal) == true);
        var marker = step.Env["MARKER"];
        var run = step.Run!;

        Assert.Matches(HiddenComment(), marker);
        Assert.DoesNotContain("--edit-last", run, StringComparison.Ordinal);
        // The body starts with the marker, the existing comment is looked up by it and edited; a new one only when none has it.
        Assert.Matches(new Regex(@"\{ printf '%s\\n' ""\$MARKER""; cat [^}]+; \} > ""(?<body>[^""]+)"""), run);
        Assert.Contains("startswith(\\\"$MARKER\\\")", run, StringComparison.Ordinal);
        Assert.Matches(new Regex(@"if \[ -n ""\$comment_id"" \]; then\s+gh api --method PATCH ""repos/\$GITHUB_REPOSITORY/issues/comments/\$comment_id"""), run);
        Assert.Matches(new Regex(@"else\s+gh pr comment ""\$PR_NUMBER"" --body-file"), run);
    }

    private static bool IsSiteBuild(string run) => BuildCommand().IsMatch(run);

    /// <summary>The words of a shell command line, quotes removed: enough for the workflow's own one-line commands.</summary>
    private static List<string> Words(string run) =>
        [.. ShellWord().Matches(run).Select(m => m.Value.Trim('"', '\''))];

    private static string? ValueOf(string run, string option)
    {
        var words = Words(run);
        var at = words.IndexOf(option);
        return at >= 0 && at + 1 < words.Count ? words[at + 1] : null;
    }

    private static WorkflowJob Job(string name)
    {
        using var reader = new StreamReader(WorkflowPath);
        var yaml = new YamlStream();
        yaml.Load(reader);
        var root = (YamlMappingNode)yaml.Documents[0].RootNode;
        var job = (YamlMappingNode)((YamlMappingNode)root["jobs"])[name];
        return new WorkflowJob([.. ((YamlSequenceNode)job["steps"]).Cast<YamlMappingNode>().Select(WorkflowStep.Of)]);
    }

    [GeneratedRegex(@"(^|\s)(\$REPORTS|reports)\s+build(\s|$)")]
    private static partial Regex BuildCommand();

    [GeneratedRegex(@"""[^""]*""|'[^']*'|\S+")]
    private static partial Regex ShellWord();

    [GeneratedRegex(@"^<!--\s*\S.*-->$")]
    private static partial Regex HiddenComment();

    private sealed record WorkflowJob(IReadOnlyList<WorkflowStep> Steps)
    {
        public IEnumerable<string> Runs() => Steps.Select(s => s.Run).OfType<string>();
    }

    private sealed record WorkflowStep(string? Run, IReadOnlyDictionary<string, string> Env)
    {
        public static WorkflowStep Of(YamlMappingNode step)
        {
            var run = step.Children.TryGetValue(new YamlScalarNode("run"), out var value) ? ((YamlScalarNode)value).Value : null;
            var env = step.Children.TryGetValue(new YamlScalarNode("env"), out var node)
                ? ((YamlMappingNode)node).Children.ToDictionary(p => ((YamlScalarNode)p.Key).Value!, p => ((YamlScalarNode)p.Value).Value ?? "", StringComparer.Ordinal)
                : new Dictionary<string, string>(StringComparer.Ordinal);
            return new WorkflowStep(run, env);
        }
    }
}
