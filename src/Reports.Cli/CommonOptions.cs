using System.CommandLine;

namespace Reports.Cli;

/// <summary>Options several commands share, so their names and help read the same everywhere.</summary>
public static class CommonOptions
{
    public static Option<string> Data() => Folder("--data", "Folder holding the CSV files.", "data");

    /// <summary>A folder option; an empty or blank value is a usage error (exit code 2), not a path.</summary>
    public static Option<string> Folder(string name, string description, string fallback)
    {
        var option = new Option<string>(name)
        {
            Description = description,
            HelpName = "DIR",
            DefaultValueFactory = _ => fallback,
        };
        option.Validators.Add(result =>
        {
            if (result.Tokens.Any(token => string.IsNullOrWhiteSpace(token.Value)))
            {
                result.AddError($"{name} must name a folder; it is empty.");
            }
        });
        return option;
    }

    public static Option<string> Input() => Folder("--input", "Markdown pages, week narratives (weeks/YYYY-MM-DD.md), site.yml and theme overrides.", "input");

    public static Option<string> Theme() => Folder("--theme", "Liquid layouts, partials and assets; without --theme and without a theme/ folder, the theme that comes with Reports.", "theme");

    /// <summary>The theme shipped beside the program: the installed tool carries it, so a folder with only data/ builds.</summary>
    public static string BundledTheme => Path.Combine(AppContext.BaseDirectory, "theme");

    /// <summary>
    /// The theme folder to use: <c>--theme</c> when given; else <c>theme/</c> when the current folder has one; else the
    /// theme that comes with Reports. A folder given by name is never replaced, so a typo is reported, not hidden.
    /// </summary>
    public static string ThemeOf(ParseResult parsed, Option<string> theme)
    {
        ArgumentNullException.ThrowIfNull(parsed);
        var value = parsed.GetValue(theme)!;
        var given = parsed.GetResult(theme) is { Implicit: false };
        return given || Directory.Exists(value) || !Directory.Exists(BundledTheme) ? value : BundledTheme;
    }

    public static Option<string?> BaseUrl() => new("--base-url")
    {
        Description = "The site's public address, for citations, canonical links, the feed and the sitemap (default: $URL on Netlify, else base_url in input/site.yml).",
        HelpName = "URL",
    };

    /// <summary>
    /// The base URL: <c>--base-url</c> when given, else the <c>URL</c> environment variable (Netlify sets it to the
    /// site's main address during its builds), else null so that <c>input/site.yml</c> decides. The environment is
    /// read here, at the edge; the core only sees the result.
    /// </summary>
    public static string? BaseUrlOf(string? option, CliConsole console)
    {
        ArgumentNullException.ThrowIfNull(console);
        if (!string.IsNullOrWhiteSpace(option))
        {
            return option;
        }

        var url = console.Environment("URL");
        return string.IsNullOrWhiteSpace(url) ? null : url;
    }
}
