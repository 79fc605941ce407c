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
        var input = Folder("--input", "Markdown pages, week narratives (weeks/YYYY-MM-DD.md) and theme overrides.", "input");
        var theme = Folder("--theme", "Liquid layouts, partials and assets.", "theme");
        var output = Folder("--output", "Where the site is written; replaced only by a build without errors.", "output");
        var strict = new Option<bool>("--strict") { Description = "Fail on broken internal links and images instead of warning." };
        var baseUrl = new Option<string?>("--base-url")
        {
            Description = "The site's public address, for canonical links, the feed and the sitemap (default on Netlify: $URL).",
            HelpName = "URL",
        };
        var command = new Command(Name, "Build the static site from the data files, input/ and the theme.")
        {
            data, input, theme, output, strict, baseUrl,
        };
        command.SetAction(parsed => Run(
            new SiteOptions(
                parsed.GetValue(data)!,
                parsed.GetValue(input)!,
                parsed.GetValue(theme)!,
                parsed.GetValue(output)!,
                parsed.GetValue(strict),
                parsed.GetValue(baseUrl) ?? NetlifyUrl(console)),
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

    private static Option<string> Folder(string name, string description, string fallback) => new(name)
    {
        Description = description,
        HelpName = "DIR",
        DefaultValueFactory = _ => fallback,
    };

    /// <summary>Netlify sets URL to the site's main address during its builds; elsewhere there is none.</summary>
    private static string? NetlifyUrl(CliConsole console) =>
        string.Equals(console.Environment("NETLIFY"), "true", StringComparison.OrdinalIgnoreCase) ? console.Environment("URL") : null;
}
