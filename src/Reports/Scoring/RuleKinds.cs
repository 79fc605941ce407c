namespace Reports.Scoring;

/// <summary>The kinds of rule a trace step checks, as <c>status --json</c> names them in each check's <c>rule</c>.</summary>
public static class RuleKinds
{
    /// <summary>No category below the phase's minimum.</summary>
    public const string CategoryMin = "category-min";

    /// <summary>The total at or above the phase's threshold.</summary>
    public const string Total = "total";

    /// <summary>An exit gate of the phase passed or n/a.</summary>
    public const string Gate = "gate";

    /// <summary>A No-Go condition not active.</summary>
    public const string NoGo = "no-go";

    /// <summary>A freeze trigger not active (phase 3).</summary>
    public const string Freeze = "freeze";
}
