using System.Globalization;

namespace Reports.Site.Views;

/// <summary>Every number and date on the site is formatted here, in the invariant culture, so no machine setting shows.</summary>
public static class Format
{
    /// <summary>Typographic minus: reads as "minus" and lines up with the plus sign.</summary>
    public const string Minus = "\u2212";

    public static string Points(decimal value) => value.ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>A policy threshold: <c>85</c>, or <c>82.5</c> when it has a fraction.</summary>
    public static string Threshold(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Integer(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A signed change in points: <c>+8.75</c>, <c>−1.25</c>, <c>±0.00</c>; empty when there is nothing to compare.</summary>
    public static string PointsDelta(decimal? delta) => delta switch
    {
        null => "",
        > 0 => "+" + Points(delta.Value),
        < 0 => Minus + Points(-delta.Value),
        _ => "\u00b10.00",
    };

    /// <summary>A signed change in levels: <c>+1</c>, <c>−2</c>, <c>0</c>; empty when there is nothing to compare.</summary>
    public static string LevelDelta(int? delta) => delta switch
    {
        null => "",
        > 0 => "+" + Integer(delta.Value),
        < 0 => Minus + Integer(-delta.Value),
        _ => "0",
    };

    /// <summary>The CSS class that colours a change; the sign in the text carries the meaning.</summary>
    public static string DeltaCss(decimal? delta) => delta switch
    {
        > 0 => "delta-up",
        < 0 => "delta-down",
        _ => "",
    };

    /// <summary>"1 day" / "3 days".</summary>
    public static string Days(int days) => days == 1 ? "1 day" : Integer(days) + " days";
}
