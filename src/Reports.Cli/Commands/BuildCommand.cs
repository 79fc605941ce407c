using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Reports.Pipeline;
using Reports.Site;

namespace Reports.Cli.Commands;

/// <summary><c>reports build</c> (also plain <c>reports</c>): CSVs + Markdown + theme → the static site in output/.</summary>
public static class BuildCommand
{
    public const string Name = "build";

    public static Command Create(CliConsole console)
    {
        var data = CommonOptions.Data();
        var input = CommonOptions.Input();
        var theme = CommonOptions.Theme();
        var output = CommonOptions.Folder("--output", "Where the site is written; replaced only by a build without errors.", "output");
        var strict = new Option<bool>("--strict") { Description = "Fail on broken internal links and images instead of warning." };
        var production = new Option<bool>("--production")
        {
            Description = "This build is published: fail without the site's base URL, and check links as --strict does.",
        };
        var baseUrl = CommonOptions.BaseUrl();
        var timings = new Option<bool>("--timings")
        {
            Description = "Also print where the build's time went: each pipeline step, and the parts of publishing (added up over its threads).",
        };
        var command = new Command(Name, "Build the static site from the data files, input/ and the theme.")
        {
            data, input, theme, output, strict, production, baseUrl, timings,
        };
        command.SetAction(parsed => Run(
            new SiteOptions(
                parsed.GetValue(data)!,
                parsed.GetValue(input)!,
                CommonOptions.ThemeOf(parsed, theme),
                parsed.GetValue(output)!,
                parsed.GetValue(strict) || parsed.GetValue(production),
                CommonOptions.BaseUrlOf(parsed.GetValue(baseUrl), console),
                parsed.GetValue(production))
            { Timings = parsed.GetValue(timings) ? new StepTimings() : null },
            console));
        return command;
    }

    private static int Run(SiteOptions options, CliConsole console)
    {
        var started = Stopwatch.GetTimestamp();
        var outcome = SiteBuilder.Build(options);
        if (outcome.Diagnostics.Count > 0)
        {
            DiagnosticPrinter.Print(outcome.Diagnostics, console);
        }

        if (options.Timings is { } timings)
        {
            PrintTimings(timings, Stopwatch.GetElapsedTime(started), console);
        }

        if (!outcome.Succeeded)
        {
            console.Error.WriteLine(console.Painter.Error($"Build failed: nothing was written; {options.OutputDirectory} is unchanged."));
            return ExitCodes.InvalidData;
        }

        console.Out.WriteLine(console.Painter.Good(string.Create(
            CultureInfo.InvariantCulture,
            $"Built {outcome.Pages} page(s) into {options.OutputDirectory}: {outcome.FilesWritten} file(s) written, {outcome.FilesUnchanged} unchanged, {outcome.FilesRemoved} removed.")));
        return ExitCodes.Ok;
    }

    private static void PrintTimings(StepTimings timings, TimeSpan total, CliConsole console)
    {
        console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Timings: {total.TotalMilliseconds:F0} ms in all; pipelines run side by side, so the steps add up to more."));
        foreach (var (name, elapsed) in timings.Longest())
        {
            console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{elapsed.TotalMilliseconds,8:F0} ms  {name}"));
        }
    }
}
