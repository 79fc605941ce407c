using System.CommandLine;
using Reports.Archive;
using Reports.Data;
using Reports.Domain;
using Reports.History;
using Reports.Scoring;

namespace Reports.Cli.Commands;

/// <summary>
/// <c>reports diff</c>: what a change to the data does to the program, week by week, as a pull-request comment
/// (Markdown, also appended to the GitHub job summary) or as JSON.
/// </summary>
public static class DiffCommand
{
    public static Command Create(CliConsole console)
    {
        var data = CommonOptions.Data();
        var baseOption = new Option<string>("--base")
        {
            Description = "What to compare with: a git ref (origin/main, a tag, a commit) or, if a folder of that name exists, a data folder.",
            HelpName = "REF|DIR",
            Required = true,
        };
        var json = new Option<bool>("--json") { Description = "Print the changes as JSON (fields in docs/diff.md) instead of Markdown." };
        var command = new Command("diff", "Show what the data in --data changes in the program compared with --base: weeks, scores, totals, decisions, gates, incidents, findings.")
        {
            data, baseOption, json,
        };
        command.SetAction(parsed => Run(parsed.GetValue(data)!, parsed.GetValue(baseOption)!, parsed.GetValue(json), console));
        return command;
    }

    private static int Run(string dataDirectory, string baseSpec, bool json, CliConsole console)
    {
        var head = DataSession.Open(dataDirectory, console);
        if (head is null)
        {
            console.Error.WriteLine(console.Painter.Error($"error: the data in '{dataDirectory}' (the change) is invalid; nothing was compared."));
            return ExitCodes.InvalidData;
        }

        using var checkout = Directory.Exists(baseSpec) ? null : CheckOut(dataDirectory, baseSpec);
        var baseDirectory = checkout?.Directory ?? baseSpec;
        var baseSide = checkout is null ? DiffSide.OfFolder(baseSpec) : new DiffSide(baseSpec, DiffSide.GitRef, checkout.Commit);
        var before = OpenBase(baseDirectory, checkout, console);
        if (before is null)
        {
            console.Error.WriteLine(console.Painter.Error($"error: the base data ({checkout?.Label ?? baseSpec}) is invalid; nothing was compared."));
            return ExitCodes.InvalidData;
        }

        var diff = ProgramDiffer.Compare(before, head, ArchiveReader.Weeks(baseDirectory), ArchiveReader.Weeks(dataDirectory));
        var headSide = DiffSide.OfFolder(dataDirectory);

        if (json)
        {
            console.Out.Write(DiffJson.Write(diff, baseSide, headSide));
            return ExitCodes.Ok;
        }

        // Escaped Markdown is for GitHub (a redirect, `gh pr comment --body-file`, the job summary); a person at a
        // terminal reads the same text without the escapes.
        var markdown = DiffMarkdown.Write(diff, baseSide, headSide);
        console.Out.Write(console.IsOutputRedirected ? markdown : TerminalMarkdown.From(markdown));
        AppendToJobSummary(markdown, console);
        return ExitCodes.Ok;
    }

    private static CheckedOutData CheckOut(string dataDirectory, string gitRef)
    {
        var result = DataAtRef.Checkout(dataDirectory, gitRef);
        return result.Data ?? throw new UsageException($"--base: {result.Problem}");
    }

    /// <summary>The base program; an empty one when the ref predates the data folder, so everything reads as added.</summary>
    private static ProgramReport? OpenBase(string directory, CheckedOutData? checkout, CliConsole console)
    {
        if (checkout is { Existed: false })
        {
            return new ProgramReport(new ReliabilityData([], Policy.Default, [], [], [], [], [], []), []);
        }

        var loaded = DataFolderLoader.Load(directory);
        if (loaded.Diagnostics.Count > 0)
        {
            var diagnostics = checkout is null
                ? loaded.Diagnostics
                : loaded.Diagnostics.Select(d => d with { Path = checkout.Relabel(d.Path) }).ToArray();

            // The base's files are not in the pull request's tree, so annotations could point nowhere.
            DiagnosticPrinter.Print(diagnostics, console with { Environment = name => name == "GITHUB_ACTIONS" ? null : console.Environment(name) });
        }

        return loaded.Succeeded ? ProgramEvaluator.Evaluate(loaded.Value!) : null;
    }

    /// <summary>Under GitHub Actions the Markdown also goes to the job summary, which shows on the run's page.</summary>
    private static void AppendToJobSummary(string markdown, CliConsole console)
    {
        var summary = console.Environment("GITHUB_STEP_SUMMARY");
        if (string.IsNullOrEmpty(summary))
        {
            return;
        }

        try
        {
            File.AppendAllText(summary, markdown + "\n");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            console.Error.WriteLine(console.Painter.Warning($"warning: could not append to GITHUB_STEP_SUMMARY ({summary}): {e.Message}"));
        }
    }
}
