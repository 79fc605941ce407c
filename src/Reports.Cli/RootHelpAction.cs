using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace Reports.Cli;

/// <summary>
/// <c>reports --help</c>: the generated help, then what it cannot say: how the commands are used together, and the
/// exit codes scripts and CI rely on. A command's own help (<c>reports build --help</c>) stays as generated.
/// </summary>
public sealed class RootHelpAction(HelpAction generated) : SynchronousCommandLineAction
{
    public const string Examples = """
        Examples:
          reports                                   build the site from data/, input/ and theme/ into output/
          reports validate                          check every data file and the archive, report every problem
          reports status --week 2026-02-18          a week's scorecard, decision and the rules checked
          reports diff --base origin/main           what a change to data/ does to the program
          reports serve                             preview on http://127.0.0.1:8080/, rebuilt on every save
          reports snapshot --week 2026-02-18        archive the week as published into data/archive/
          reports build --production --base-url https://reliability.example.org
                                                    the build that gets published: links checked, base URL required
        """;

    public const string ExitCodesText = """
        Exit codes:
          0  success
          1  invalid data, templates or archive (every problem is listed, nothing is written)
          2  a wrong command line
          3  an internal error: a bug in Reports, please report it
        """;

    public override int Invoke(ParseResult parseResult)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        var exit = generated.Invoke(parseResult);
        if (parseResult.CommandResult.Parent is null)
        {
            var output = parseResult.InvocationConfiguration.Output;
            output.WriteLine(Examples);
            output.WriteLine();
            output.WriteLine(ExitCodesText);
        }

        return exit;
    }
}
