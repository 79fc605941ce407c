using Reports.Archive;
using Reports.Data;
using Reports.Diagnostics;
using Reports.Scoring;

namespace Reports.Cli;

/// <summary>Loads and evaluates a data folder for a command, printing diagnostics on the way.</summary>
public static class DataSession
{
    /// <summary>
    /// The evaluated program, or null after printing why not (the caller exits 1). The archive of published
    /// snapshots is verified too: no command works from a data folder whose archive was tampered with.
    /// </summary>
    public static ProgramReport? Open(string dataDirectory, CliConsole console)
    {
        var loaded = DataFolderLoader.Load(dataDirectory);
        IReadOnlyList<Diagnostic> archive = Directory.Exists(dataDirectory) ? ArchiveVerifier.Verify(dataDirectory) : [];
        var report = loaded.Succeeded && loaded.Value is not null && !archive.Any(d => d.IsError)
            ? ProgramEvaluator.Evaluate(loaded.Value)
            : null;
        IReadOnlyList<Diagnostic> weeks = report is null ? [] : WeeksWithoutGateResults.Find(report, dataDirectory);
        var diagnostics = loaded.Diagnostics.Concat(archive).Concat(weeks).ToArray();
        if (diagnostics.Length > 0)
        {
            DiagnosticPrinter.Print(diagnostics, console);
        }

        return report;
    }
}
