using System.CommandLine;
using Reports.History;
using Reports.Rendering.Json;
using Reports.Rendering.Text;

namespace Reports.Cli.Commands;

/// <summary><c>reports status</c>: a week's scorecard as the plan prints it (§11.1), or the contract's JSON.</summary>
public static class StatusCommand
{
    public static Command Create(CliConsole console)
    {
        var data = CommonOptions.Data();
        var week = new Option<DateOnly?>("--week")
        {
            Description = "Week to show (YYYY-MM-DD); default: the latest scored week.",
            HelpName = "DATE",
            CustomParser = WeekArgument.Parse,
        };
        var json = new Option<bool>("--json") { Description = "Print the contract's JSON for all weeks instead." };
        var command = new Command("status", "Show a week's scorecard, decision and trace, gates, No-Go conditions and uplift plan.")
        {
            data, week, json,
        };
        command.SetAction(parsed => Run(parsed.GetValue(data)!, parsed.GetValue(week), parsed.GetValue(json), console));
        return command;
    }

    private static int Run(string dataDirectory, DateOnly? week, bool json, CliConsole console)
    {
        var report = DataSession.Open(dataDirectory, console);
        if (report is null)
        {
            return ExitCodes.InvalidData;
        }

        if (json)
        {
            console.Out.Write(WeeksJson.Write(report, DataVersion.Of(dataDirectory)));
            return ExitCodes.Ok;
        }

        if (report.Weeks.Count == 0)
        {
            console.Out.WriteLine("No scored weeks yet: add rows to scores.csv.");
            return ExitCodes.Ok;
        }

        var shown = week is DateOnly wanted
            ? report.Find(wanted) ?? throw new UsageException(
                $"week {wanted:yyyy-MM-dd} has no scores; scored weeks: {string.Join(", ", report.Weeks.Select(w => w.WeekOf.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)))}")
            : report.Latest!;
        console.Out.Write(StatusText.Format(report, shown, new TextPaint(console.Painter.Good, console.Painter.Error, console.Painter.Strong)));
        return ExitCodes.Ok;
    }
}
