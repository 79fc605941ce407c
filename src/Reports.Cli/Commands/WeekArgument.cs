using System.CommandLine.Parsing;
using System.Globalization;

namespace Reports.Cli.Commands;

/// <summary>Parses a <c>--week</c> value: an ISO date, nothing else.</summary>
public static class WeekArgument
{
    public static DateOnly? Parse(ArgumentResult result)
    {
        var token = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
        if (DateOnly.TryParseExact(token, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        result.AddError($"'{token}' is not a date; use YYYY-MM-DD, e.g. 2026-02-18.");
        return null;
    }
}
