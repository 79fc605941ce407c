using Reports.Cli;

namespace Reports.Tests.Cli;

/// <summary>Runs the CLI in-process, as a person at a terminal or a CI job would, and keeps what it printed.</summary>
internal sealed record CliRun(int ExitCode, string Out, string Error)
{
    public static CliRun Of(params string[] args) => With(new Dictionary<string, string>(), redirected: true, args);

    public static CliRun With(IReadOnlyDictionary<string, string> environment, bool redirected, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var console = new CliConsole(output, error, redirected, name => environment.GetValueOrDefault(name));
        var exit = ReportsApp.Run(args, console);
        return new CliRun(exit, output.ToString(), error.ToString());
    }

    public string All => Out + Error;
}
