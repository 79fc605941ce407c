using System.CommandLine;
using System.Globalization;
using Reports.Cli.Commands;

namespace Reports.Cli;

/// <summary>The `reports` command line: parses, dispatches to one command, maps failures to exit codes.</summary>
public static class ReportsApp
{
    public static RootCommand CreateRootCommand(CliConsole console)
    {
        var root = new RootCommand("Reports: turns a reliability program's CSV files into a published reliability site.");
        root.Subcommands.Add(ValidateCommand.Create(console));
        root.Subcommands.Add(StatusCommand.Create(console));
        root.Subcommands.Add(BuildCommand.Create(console));
        root.Subcommands.Add(DiffCommand.Create(console));
        root.Subcommands.Add(ServeCommand.Create(console));
        root.Subcommands.Add(SnapshotCommand.Create(console));
        return root;
    }

    /// <summary>Plain <c>reports</c>, or <c>reports --strict …</c>, builds the site: the product's main job.</summary>
    public static string[] DefaultToBuild(string[] args)
    {
        string[] rootOnly = ["--help", "-h", "-?", "/?", "/h", "--version"];
        var startsWithOption = args.Length > 0 && args[0].StartsWith('-') && !rootOnly.Contains(args[0], StringComparer.Ordinal);
        return args.Length == 0 || startsWithOption ? [BuildCommand.Name, .. args] : args;
    }

    public static int Run(string[] args, CliConsole console)
    {
        // Output never depends on the machine's culture; the core formats invariantly anyway.
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;

        var root = CreateRootCommand(console);
        // Response files are off: an argument such as '--base @{-1}' or '--data @notes' means what it says.
        var parsed = root.Parse(DefaultToBuild(args), new ParserConfiguration { ResponseFileTokenReplacer = null });
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                console.Error.WriteLine(console.Painter.Error($"error: {error.Message}"));
            }

            console.Error.WriteLine("Run 'reports --help' for usage.");
            return ExitCodes.Usage;
        }

        try
        {
            return parsed.Invoke(new InvocationConfiguration
            {
                Output = console.Out,
                Error = console.Error,
                EnableDefaultExceptionHandler = false,
            });
        }
        catch (UsageException e)
        {
            console.Error.WriteLine(console.Painter.Error($"error: {e.Message}"));
            return ExitCodes.Usage;
        }
#pragma warning disable CA1031 // The last line of defence: a bug gets a short message, not a stack trace.
        catch (Exception e)
#pragma warning restore CA1031
        {
            console.Error.WriteLine(console.Painter.Error($"internal error: {e.GetType().Name}: {e.Message}"));
            console.Error.WriteLine("This is a bug in Reports, not in your data. Set REPORTS_DEBUG=1 to see the stack trace.");
            if (!string.IsNullOrEmpty(console.Environment("REPORTS_DEBUG")))
            {
                console.Error.WriteLine(e.ToString());
            }

            return ExitCodes.InternalError;
        }
    }
}
