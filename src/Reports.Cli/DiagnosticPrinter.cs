using System.Globalization;
using Reports.Diagnostics;

namespace Reports.Cli;

/// <summary>Prints diagnostics in the compiler format, plus workflow annotations under GitHub Actions.</summary>
public static class DiagnosticPrinter
{
    public static void Print(IReadOnlyList<Diagnostic> diagnostics, CliConsole console)
    {
        var paint = console.Painter;
        foreach (var diagnostic in diagnostics)
        {
            // One diagnostic, one line: a cell's line breaks or terminal escapes are shown, not obeyed.
            var text = PrintableText.Escape(diagnostic.ToString());
            console.Error.WriteLine(diagnostic.IsError ? paint.Error(text) : paint.Warning(text));
        }

        if (console.InGitHubActions)
        {
            // Workflow commands are read from standard output only.
            foreach (var diagnostic in diagnostics)
            {
                console.WorkflowCommands.WriteLine(diagnostic.ToGitHubAnnotation());
            }
        }

        var errors = diagnostics.Count(d => d.IsError);
        var warnings = diagnostics.Count - errors;
        if (errors > 0)
        {
            console.Error.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{errors} error(s), {warnings} warning(s). Fix the lines above and run again; docs/error-codes.md explains each code."));
        }
    }
}
