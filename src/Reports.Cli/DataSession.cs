using Reports.Data;
using Reports.Scoring;

namespace Reports.Cli;

/// <summary>Loads and evaluates a data folder for a command, printing diagnostics on the way.</summary>
public static class DataSession
{
    /// <summary>The evaluated program, or null after printing why not (the caller exits 1).</summary>
    public static ProgramReport? Open(string dataDirectory, CliConsole console)
    {
        var loaded = DataFolderLoader.Load(dataDirectory);
        if (loaded.Diagnostics.Count > 0)
        {
            DiagnosticPrinter.Print(loaded.Diagnostics, console);
        }

        return loaded.Succeeded && loaded.Value is not null ? ProgramEvaluator.Evaluate(loaded.Value) : null;
    }
}
