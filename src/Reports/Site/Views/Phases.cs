using System.Globalization;

namespace Reports.Site.Views;

/// <summary>The program's phases by number, named as in the plan (§2).</summary>
public static class Phases
{
    public static string Name(int phase) => phase switch
    {
        1 => "Metric Hardening",
        2 => "SLO Validation Window",
        3 => "Feature and Polish Re-entry",
        _ => "Phase " + phase.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>"Phase 1 (Metric Hardening)".</summary>
    public static string Label(int phase) => "Phase " + phase.ToString(CultureInfo.InvariantCulture) + " (" + Name(phase) + ")";
}
