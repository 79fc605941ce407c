using Reports.Cli;

namespace Reports.Tests.Cli;

/// <summary>What a newcomer sees first: <c>reports --help</c>, and a mistyped command.</summary>
public class HelpTests
{
    [Fact]
    public void Should_call_itself_reports_and_show_examples_and_exit_codes()
    {
        var run = CliRun.Of("--help");

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Contains("Usage:\n  reports [command] [options]", run.Out.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("Examples:\n  reports  ", run.Out.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("reports build --production --base-url", run.Out, StringComparison.Ordinal);
        Assert.Contains("Exit codes:\n  0  success\n  1  invalid data", run.Out.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public void Should_name_a_command_reports_in_its_own_help_without_the_examples()
    {
        var run = CliRun.Of("build", "--help");

        Assert.Contains("reports build [options]", run.Out, StringComparison.Ordinal);
        Assert.Contains("--production", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("Exit codes:", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_say_once_that_a_command_is_unknown()
    {
        var run = CliRun.Of("biuld", "--strict");

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        var lines = run.Error.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
        Assert.Equal(
            ["error: unknown command 'biuld'; the commands are validate, status, build, diff, serve, snapshot.", "Run 'reports --help' for usage."],
            lines);
        Assert.Empty(run.Out);
    }
}
