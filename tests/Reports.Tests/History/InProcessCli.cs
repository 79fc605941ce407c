using Reports.Cli;

namespace Reports.Tests.History;

/// <summary>Runs the <c>reports</c> command line in-process with its own writers and environment.</summary>
internal static class InProcessCli
{
    /// <param name="redirected">False to run as if standard output were a terminal.</param>
    public static CliRun Run(string[] args, IReadOnlyDictionary<string, string>? environment = null, bool redirected = true)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var console = new CliConsole(output, error, IsOutputRedirected: redirected, name => environment?.GetValueOrDefault(name));
        var exitCode = ReportsApp.Run(args, console);
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }
}
