using Reports.Domain;
using ScottPlot;

namespace Reports.Rendering.Charts;

/// <summary>
/// Colours. Categorical series use the Okabe–Ito palette (distinguishable with every common colour-vision
/// deficiency); the 0–4 score scale uses five steps of viridis, which is colour-blind safe and also ordered
/// in lightness, so the heatmap still reads in greyscale.
/// </summary>
internal static class ChartPalette
{
    public static readonly Color Black = Color.FromHex("#000000");
    public static readonly Color Orange = Color.FromHex("#E69F00");
    public static readonly Color SkyBlue = Color.FromHex("#56B4E9");
    public static readonly Color BluishGreen = Color.FromHex("#009E73");
    public static readonly Color Yellow = Color.FromHex("#F0E442");
    public static readonly Color Blue = Color.FromHex("#0072B2");
    public static readonly Color Vermillion = Color.FromHex("#D55E00");
    public static readonly Color ReddishPurple = Color.FromHex("#CC79A7");

    public static readonly Color Text = Color.FromHex("#222222");
    public static readonly Color Axis = Color.FromHex("#555555");
    public static readonly Color Grid = Color.FromHex("#E6E6E6");
    public static readonly Color Background = Color.FromHex("#FFFFFF");

    private static readonly Color[] Levels =
    [
        Color.FromHex("#440154"),
        Color.FromHex("#3B528B"),
        Color.FromHex("#21918C"),
        Color.FromHex("#5EC962"),
        Color.FromHex("#FDE725"),
    ];

    public static Color Level(int score) => Levels[score];

    /// <summary>Digits drawn on a level's cell: white on the three dark steps, black on the two light ones.</summary>
    public static Color OnLevel(int score) => score <= 2 ? Color.FromHex("#FFFFFF") : Black;

    public static Color For(Severity severity) => severity switch
    {
        Severity.Sev1 => Vermillion,
        Severity.Sev2 => Orange,
        Severity.Sev3 => SkyBlue,
        Severity.Sev4 => Blue,
        _ => throw new ArgumentOutOfRangeException(nameof(severity), severity, null),
    };

    /// <summary>A second cue besides colour, so severities stay apart in greyscale too.</summary>
    public static MarkerShape ShapeFor(Severity severity) => severity switch
    {
        Severity.Sev1 => MarkerShape.FilledTriangleUp,
        Severity.Sev2 => MarkerShape.FilledDiamond,
        Severity.Sev3 => MarkerShape.FilledSquare,
        Severity.Sev4 => MarkerShape.FilledCircle,
        _ => throw new ArgumentOutOfRangeException(nameof(severity), severity, null),
    };

    /// <summary>The same rule keeps its colour on every chart.</summary>
    public static readonly Color HardeningLine = BluishGreen;
    public static readonly Color ValidationLine = Orange;
    public static readonly Color ReentryLine = ReddishPurple;
    public static readonly Color FreezeLine = Vermillion;

    /// <summary>Phase bands: light tints behind the data.</summary>
    public static Color ForPhase(int phase) => phase switch
    {
        1 => Orange.WithAlpha(0.16),
        2 => SkyBlue.WithAlpha(0.2),
        3 => BluishGreen.WithAlpha(0.16),
        _ => Black.WithAlpha(0.08),
    };
}
