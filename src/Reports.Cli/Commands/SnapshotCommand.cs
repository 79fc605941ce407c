using System.CommandLine;
using System.Globalization;
using System.Security.Cryptography;
using Reports.Archive;
using Reports.Site;

namespace Reports.Cli.Commands;

/// <summary>
/// <c>reports snapshot</c>: freezes a weekly report as published into <c>data/archive/YYYY-MM-DD/</c> (page, its files,
/// the data rows it was computed from, manifest). Append-only: a week already archived is refused.
/// </summary>
public static class SnapshotCommand
{
    public const string Name = "snapshot";

    public static Command Create(CliConsole console)
    {
        var data = CommonOptions.Data();
        var input = CommonOptions.Input();
        var theme = CommonOptions.Theme();
        var baseUrl = CommonOptions.BaseUrl();
        var week = new Option<DateOnly?>("--week")
        {
            Description = "Week to archive (YYYY-MM-DD); default: the latest scored week.",
            HelpName = "DATE",
            CustomParser = WeekArgument.Parse,
        };
        var allowDirty = new Option<bool>("--allow-dirty")
        {
            Description = "Archive even though the data folder has uncommitted changes (or is not in git); the archived page says so.",
        };
        var command = new Command(Name, "Archive a weekly report exactly as published, with its files and data rows, into data/archive/YYYY-MM-DD/.")
        {
            week, data, input, theme, baseUrl, allowDirty,
        };
        command.SetAction(parsed => Run(
            new SnapshotOptions(
                parsed.GetValue(data)!,
                parsed.GetValue(input)!,
                CommonOptions.ThemeOf(parsed, theme),
                parsed.GetValue(week),
                CommonOptions.BaseUrlOf(parsed.GetValue(baseUrl), console),
                parsed.GetValue(allowDirty)),
            console));
        return command;
    }

    private static int Run(SnapshotOptions options, CliConsole console)
    {
        var outcome = WeekSnapshot.Create(options);
        if (outcome.Diagnostics.Count > 0)
        {
            DiagnosticPrinter.Print(outcome.Diagnostics, console);
        }

        if (outcome.Diagnostics.Any(d => d.Code == SnapshotErrors.WeekNotScoredCode))
        {
            // Like 'status --week', a week the data does not score is a wrong command line.
            return ExitCodes.Usage;
        }

        if (!outcome.Succeeded)
        {
            console.Error.WriteLine(console.Painter.Error($"Snapshot failed: nothing was written; {ArchiveLayout.Root(options.DataDirectory).Replace('\\', '/')} is unchanged."));
            return ExitCodes.InvalidData;
        }

        var manifest = outcome.Manifest!;
        var checksum = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Path.Combine(outcome.Folder!, ArchiveLayout.ManifestFileName))));
        console.Out.WriteLine(console.Painter.Good(string.Create(
            CultureInfo.InvariantCulture,
            $"Archived the week of {ArchiveLayout.FolderNameOf(manifest.WeekOf)} into {outcome.Folder}: {manifest.Files.Count} file(s) and manifest.json (SHA-256 {checksum}).")));
        console.Out.WriteLine($"Commit the folder; the next build publishes it at /archive/{ArchiveLayout.FolderNameOf(manifest.WeekOf)}/ and lists it on the Archive page.");
        return ExitCodes.Ok;
    }
}
