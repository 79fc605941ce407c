using System.CommandLine;
using System.Globalization;
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
        var command = new Command(Name, "Build the static site from the data files, input/ and the theme.")
        {
            data, input, theme, output, strict, production, baseUrl,
        };
        command.SetAction(parsed => Run(
            new SiteOptions(
                parsed.GetValue(data)!,
                parsed.GetValue(input)!,
                CommonOptions.ThemeOf(parsed, theme),
                parsed.GetValue(output)!,
                parsed.GetValue(strict) || parsed.GetValue(production),
                CommonOptions.BaseUrlOf(parsed.GetValue(baseUrl), console),
                parsed.GetValue(production)),
            console));
        return command;
    }

    private static int Run(SiteOptions options, CliConsole console)
    {
        var outcome = SiteBuilder.Build(options);
        if (outcome.Diagnostics.Count > 0)
        {
            DiagnosticPrinter.Print(outcome.Diagnostics, console);
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
}
