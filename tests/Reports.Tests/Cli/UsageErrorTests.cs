using Reports.Tests.Pipeline;

namespace Reports.Tests.Cli;

/// <summary>A value the command line cannot use is a usage error (exit code 2) that names the option, never a crash.</summary>
public sealed class UsageErrorTests
{
    [Theory]
    [InlineData("serve", "--port", "abc")]
    [InlineData("serve", "--port", "70000")]
    [InlineData("build", "--output", "")]
    [InlineData("serve", "--output", " ")]
    [InlineData("validate", "--data", "")]
    public void Should_exit_2_naming_the_option_whose_value_is_unusable(string command, string option, string value)
    {
        var run = CliRun.Of(command, option, value);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"error: {option} must", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("internal error", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_take_an_argument_starting_with_at_as_itself_not_as_a_file_to_read()
    {
        using var work = new TempFolder();
        work.Write("notes.txt", "TOP-SECRET-LINE\n");

        var run = CliRun.Of("validate", "--data", "@" + work.PathOf("notes.txt"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("@" + work.PathOf("notes.txt"), run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("TOP-SECRET-LINE", run.All, StringComparison.Ordinal);
    }
}
