using System.CommandLine;
using System.Globalization;
using Reports.Archive;

namespace Reports.Cli.Commands;

/// <summary><c>reports validate</c>: loads every file, runs every check, reports all problems.</summary>
public static class ValidateCommand
{
    public static Command Create(CliConsole console)
    {
        var data = CommonOptions.Data();
        var command = new Command("validate", "Check the data files against the data contract, and the archive against its manifests; report every problem.") { data };
        command.SetAction(parsed => Run(parsed.GetValue(data)!, console));
        return command;
    }

    private static int Run(string dataDirectory, CliConsole console)
    {
        var report = DataSession.Open(dataDirectory, console);
        if (report is null)
        {
            return ExitCodes.InvalidData;
        }

        console.Out.WriteLine(console.Painter.Good(string.Create(
            CultureInfo.InvariantCulture,
            $"{dataDirectory}: valid ({report.Weeks.Count} scored week(s), {report.Data.Rubric.Count} categories, {report.Data.Gates.Count} gates, {report.Data.Incidents.Count} incident(s), {report.Data.Findings.Count} finding(s)).")));
        var snapshots = ArchiveReader.List(dataDirectory).Count;
        if (snapshots > 0)
        {
            console.Out.WriteLine(console.Painter.Good(string.Create(
                CultureInfo.InvariantCulture,
                $"Archive: {snapshots} published snapshot(s), every file as published.")));
        }

        return ExitCodes.Ok;
    }
}
