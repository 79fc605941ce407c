using Reports.Cli;

namespace Reports.Tests.History;

/// <summary>Runs the <c>reports</c> command line in-process with its own writers and environment.</summary>
internal static class InProcessCli
{
    public static CliRun Run(string[] args, IReadOnlyDictionary<string, string>? environment = null)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var console = new CliConsole(output, error, IsOutputRedirected: true, name => environment?.GetValueOrDefault(name));
        var exitCode = ReportsApp.Run(args, console);
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }
}
