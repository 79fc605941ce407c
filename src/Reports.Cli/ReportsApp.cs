using System.CommandLine;
using System.CommandLine.Help;
using System.Globalization;
using Reports.Cli.Commands;

namespace Reports.Cli;

/// <summary>The `reports` command line: parses, dispatches to one command, maps failures to exit codes.</summary>
public static class ReportsApp
{
    /// <summary>What people type, whatever runs it: the installed tool, or <c>dotnet run --project src/Reports.Cli --</c>.</summary>
    public const string CommandName = "reports";

    public static Command CreateRootCommand(CliConsole console)
    {
        // Named by hand rather than after the running assembly (Reports.Cli, or a test host), so help always says 'reports'.
        var help = new HelpOption();
        help.Action = new RootHelpAction((HelpAction)help.Action!);
        var root = new Command(CommandName, "Reports: turns a reliability program's CSV files into a published reliability site.")
        {
            help,
            new VersionOption(),
        };
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

    /// <summary>The first word when it is neither an option nor a command: said once, instead of the parser's two errors.</summary>
    private static string? UnknownCommand(Command root, string[] args) =>
        args.Length > 0 && !args[0].StartsWith('-') && !args[0].StartsWith('/') && !root.Subcommands.Any(c => c.Name == args[0])
            ? args[0]
            : null;

    public static int Run(string[] args, CliConsole console)
    {
        // Output never depends on the machine's culture; the core formats invariantly anyway.
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;

        console = console.ForWorkflowLog();
        try
        {
            return Dispatch(args, console);
        }
        finally
        {
            console.Out.Flush();
            console.Error.Flush();
        }
    }

    private static int Dispatch(string[] args, CliConsole console)
    {
        var root = CreateRootCommand(console);
        // Response files are off: an argument such as '--base @{-1}' or '--data @notes' means what it says.
        var parsed = root.Parse(DefaultToBuild(args), new ParserConfiguration { ResponseFileTokenReplacer = null });
        if (UnknownCommand(root, args) is { } unknown)
        {
            console.Error.WriteLine(console.Painter.Error($"error: unknown command '{unknown}'; the commands are {string.Join(", ", root.Subcommands.Select(c => c.Name))}."));
            console.Error.WriteLine("Run 'reports --help' for usage.");
            return ExitCodes.Usage;
        }

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
