using System.Globalization;
using System.Text.RegularExpressions;

namespace Reports.Data.Values;

/// <summary>
/// Strict ISO 8601 dates (<c>YYYY-MM-DD</c>) and timestamps with <c>Z</c> or an offset, parsed without the
/// machine's culture or time zone. Also explains common wrong forms (<c>02/17/2026</c>) in a hint.
/// </summary>
internal static partial class IsoDates
{
    public const string Example = "2026-02-17";

    /// <summary>Parses <c>YYYY-MM-DD</c>; <paramref name="reason"/> says why a date-shaped value is not a real date.</summary>
    /// <remarks>By hand rather than with a regular expression: this runs for every row, and files can be large.</remarks>
    public static DateShape ParseDate(string text, out DateOnly date, out string? reason)
    {
        date = default;
        reason = null;
        if (text.Length != 10 || text[4] != '-' || text[7] != '-'
            || !TryDigits(text.AsSpan(0, 4), out var year) || !TryDigits(text.AsSpan(5, 2), out var month) || !TryDigits(text.AsSpan(8, 2), out var day))
        {
            return DateShape.Invalid;
        }

        reason = Check(year, month, day);
        if (reason is not null)
        {
            return DateShape.Impossible;
        }

        date = new DateOnly(year, month, day);
        return DateShape.Valid;
    }

    /// <summary>Parses a date, or a timestamp with Z or an offset, which counts on its UTC date.</summary>
    public static DateShape ParseMoment(string text, out Moment moment, out string? reason)
    {
        moment = default;
        var dateShape = ParseDate(text, out var date, out reason);
        if (dateShape != DateShape.Invalid)
        {
            moment = new Moment(date, null);
            return dateShape;
        }

        var match = TimestampPattern().Match(text);
        if (!match.Success)
        {
            return DateShape.Invalid;
        }

        int year = Number(match, "y"), month = Number(match, "m"), day = Number(match, "d");
        reason = Check(year, month, day) ?? CheckTime(Number(match, "H"), Number(match, "M"), match.Groups["S"].Success ? Number(match, "S") : 0);
        if (reason is not null)
        {
            return DateShape.Impossible;
        }

        var zone = match.Groups["z"];
        if (!zone.Success)
        {
            return DateShape.NoOffset;
        }

        var offset = TimeSpan.Zero;
        if (zone.Value is not ("Z" or "z"))
        {
            var hours = int.Parse(zone.ValueSpan[1..3], NumberStyles.None, CultureInfo.InvariantCulture);
            var minutes = zone.Length > 3 ? int.Parse(zone.ValueSpan[^2..], NumberStyles.None, CultureInfo.InvariantCulture) : 0;
            if (hours > 14 || minutes > 59 || (hours == 14 && minutes > 0))
            {
                reason = $"offset {zone.Value} is not a time zone offset";
                return DateShape.Impossible;
            }

            offset = new TimeSpan(hours, minutes, 0);
            if (zone.Value[0] == '-')
            {
                offset = -offset;
            }
        }

        var fraction = match.Groups["f"].Success ? decimal.Parse("0." + match.Groups["f"].Value, CultureInfo.InvariantCulture) : 0m;
        var local = new DateTime(year, month, day, Number(match, "H"), Number(match, "M"), match.Groups["S"].Success ? Number(match, "S") : 0, DateTimeKind.Unspecified)
            .AddTicks((long)(fraction * TimeSpan.TicksPerSecond));
        var instant = new DateTimeOffset(local, offset);
        moment = new Moment(DateOnly.FromDateTime(instant.UtcDateTime), instant);
        return DateShape.Valid;
    }

    /// <summary>How to write <paramref name="text"/> as an ISO date, when its intent can be guessed.</summary>
    public static string Hint(string text, bool timestampAllowed)
    {
        var slashed = DayMonthYearPattern().Match(text);
        if (slashed.Success)
        {
            int first = Number(slashed, "a"), second = Number(slashed, "b"), year = Number(slashed, "y");
            var dayFirst = slashed.Groups["sep"].Value == "." || (first > 12 && second <= 12);
            var monthFirst = slashed.Groups["sep"].Value != "." && second > 12 && first <= 12;
            if (dayFirst && Check(year, second, first) is null)
            {
                return $"write dates as YYYY-MM-DD: {Format(year, second, first)}";
            }

            if (monthFirst && Check(year, first, second) is null)
            {
                return $"write dates as YYYY-MM-DD: {Format(year, first, second)}";
            }

            if (Check(year, first, second) is null && Check(year, second, first) is null)
            {
                return $"write dates as YYYY-MM-DD: {Format(year, first, second)} if this is month/day, {Format(year, second, first)} if day/month";
            }
        }

        if (CompactPattern().Match(text) is { Success: true } compact && Check(Number(compact, "y"), Number(compact, "m"), Number(compact, "d")) is null)
        {
            return $"write dates as YYYY-MM-DD: {Format(Number(compact, "y"), Number(compact, "m"), Number(compact, "d"))}";
        }

        if (!timestampAllowed && TimestampPattern().IsMatch(text))
        {
            return $"only incidents' opened and resolved and CI runs' finished may be timestamps; write the date alone: {text[..10]}";
        }

        return timestampAllowed
            ? $"write {Example}, or a timestamp such as 2026-02-17T23:30:00Z or 2026-02-17T23:30:00-08:00"
            : $"write dates as YYYY-MM-DD, such as {Example}";
    }

    private static string? Check(int year, int month, int day)
    {
        if (year < 1)
        {
            return "there is no year 0";
        }

        if (month is < 1 or > 12)
        {
            return string.Create(CultureInfo.InvariantCulture, $"there is no month {month}");
        }

        var days = DateTime.DaysInMonth(year, month);
        if (day < 1 || day > days)
        {
            var name = CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month);
            return string.Create(CultureInfo.InvariantCulture, $"{name} {year} has {days} days");
        }

        return null;
    }

    private static string? CheckTime(int hour, int minute, int second) =>
        hour > 23 || minute > 59 || second > 59
            ? string.Create(CultureInfo.InvariantCulture, $"{hour:00}:{minute:00}:{second:00} is not a time of day")
            : null;

    private static string Format(int year, int month, int day) =>
        string.Create(CultureInfo.InvariantCulture, $"{year:0000}-{month:00}-{day:00}");

    private static bool TryDigits(ReadOnlySpan<char> text, out int value)
    {
        value = 0;
        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }

    private static int Number(Match match, string group) =>
        int.Parse(match.Groups[group].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(?<y>[0-9]{4})-(?<m>[0-9]{2})-(?<d>[0-9]{2})[Tt](?<H>[0-9]{2}):(?<M>[0-9]{2})(:(?<S>[0-9]{2})(\.(?<f>[0-9]{1,7}))?)?(?<z>[Zz]|[+-][0-9]{2}(:?[0-9]{2})?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex TimestampPattern();

    [GeneratedRegex(@"^(?<a>[0-9]{1,2})(?<sep>[/.])(?<b>[0-9]{1,2})\k<sep>(?<y>[0-9]{4})$", RegexOptions.CultureInvariant)]
    private static partial Regex DayMonthYearPattern();

    [GeneratedRegex(@"^(?<y>[0-9]{4})[/]?(?<m>[0-9]{2})[/]?(?<d>[0-9]{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex CompactPattern();
}
