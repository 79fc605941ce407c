using Reports.Domain;
using Reports.Scoring;
using Reports.Site.Views;

namespace Reports.Site.Outputs;

/// <summary>
/// <c>/badges/score.svg</c> and <c>/badges/phase.svg</c> for the latest scored week, and each week's own badge,
/// coloured by the policy's thresholds.
/// </summary>
public static class SiteBadges
{
    public const string ScorePath = "badges/score.svg";
    public const string PhasePath = "badges/phase.svg";

    // Dark enough for white text (contrast ≥ 4.5:1).
    private const string Green = "#1a7f37";
    private const string Amber = "#9a6700";
    private const string Orange = "#bc4c00";
    private const string Red = "#cf222e";
    private const string Blue = "#0550ae";
    private const string Grey = "#57606a";

    public static string Score(ProgramReport report)
    {
        if (report.Latest is not { } week)
        {
            return Badge.Render("reliability score", "not scored", Grey);
        }

        return Badge.Render("reliability score", Format.Points(week.Total), ScoreColour(report, week));
    }

    /// <summary>
    /// <c>/weeks/YYYY-MM-DD/badge.svg</c>: one week's total, phase and decision, pinned to that week, so a badge in
    /// release notes keeps saying what that week's review said.
    /// </summary>
    public static string Week(ProgramReport report, WeekResult week)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(week);
        return Badge.Render(
            "reliability " + Format.Date(week.WeekOf),
            Format.Points(week.Total) + " · phase " + Format.Integer(week.Phase) + " · " + Chips.DecisionCode(week.Decision),
            week.Decision == Decision.Freeze ? Red : ScoreColour(report, week));
    }

    private static string ScoreColour(ProgramReport report, WeekResult week)
    {
        var policy = report.Data.Policy;
        return week.Total >= policy.EnterValidationTotal ? Green
            : week.Total >= policy.HardeningCompleteTotal ? Amber
            : Orange;
    }

    public static string Phase(ProgramReport report)
    {
        if (report.Latest is not { } week)
        {
            return Badge.Render("phase", "not scored", Grey);
        }

        var colour = week.Decision == Decision.Freeze ? Red : Blue;
        return Badge.Render("phase", Format.Integer(week.NextPhase) + " " + Phases.Name(week.NextPhase), colour);
    }
}
