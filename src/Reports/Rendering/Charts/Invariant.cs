using System.Globalization;
using Reports.Domain;

namespace Reports.Rendering.Charts;

/// <summary>Every number and date a chart shows, formatted the same whatever the machine's culture.</summary>
internal static class Invariant
{
    private static readonly CultureInfo Culture = CultureInfo.InvariantCulture;

    /// <summary>Totals and points: always two decimals ("55.00").</summary>
    public static string Points(decimal value) => value.ToString("0.00", Culture);

    /// <summary>Thresholds as the policy gives them: "85", "87.5".</summary>
    public static string Number(decimal value) => value.ToString("0.##", Culture);

    public static string Number(double value) => value.ToString("0.##", Culture);

    public static string Integer(int value) => value.ToString(Culture);

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", Culture);

    public static string Month(DateOnly date) => date.ToString("MMM yyyy", Culture);

    public static string Year(DateOnly date) => date.ToString("yyyy", Culture);

    public static string Severity(Severity severity) => "Sev-" + Integer((int)severity);

    /// <summary>"1 week", "2 weeks".</summary>
    public static string Count(int count, string singular, string plural) =>
        Integer(count) + " " + (count == 1 ? singular : plural);
}
