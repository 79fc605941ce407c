using System.CommandLine;
using Reports.History;
using Reports.Rendering.Json;
using Reports.Rendering.Text;
using Reports.Scoring;

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
        var json = new Option<bool>("--json") { Description = "Print the contract's JSON instead: every week, or the one --week names." };
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

        var wanted = week is DateOnly date ? Find(report, date) : null;
        if (json)
        {
            // --week narrows the weeks array to that week; the object keeps its shape.
            var shownWeeks = wanted is null ? report : report with { Weeks = [wanted] };
            console.Out.Write(WeeksJson.Write(shownWeeks, DataVersion.Of(dataDirectory)));
            return ExitCodes.Ok;
        }

        if (report.Weeks.Count == 0)
        {
            console.Out.WriteLine("No scored weeks yet: add rows to scores.csv.");
            return ExitCodes.Ok;
        }

        var shown = wanted ?? report.Latest!;
        console.Out.Write(StatusText.Format(report, shown, new TextPaint(console.Painter.Good, console.Painter.Error, console.Painter.Strong)));
        return ExitCodes.Ok;
    }

    private static WeekResult Find(ProgramReport report, DateOnly week) =>
        report.Find(week) ?? throw new UsageException(
            $"week {week:yyyy-MM-dd} has no scores; scored weeks: {string.Join(", ", report.Weeks.Select(w => w.WeekOf.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)))}");
}
