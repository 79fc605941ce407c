using Reports.Domain;
using Reports.Scoring;
using Reports.Site.Views;

namespace Reports.Site.Outputs;

/// <summary><c>/badges/score.svg</c> and <c>/badges/phase.svg</c> for the latest scored week, coloured by the policy's thresholds.</summary>
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

        var policy = report.Data.Policy;
        var colour = week.Total >= policy.EnterValidationTotal ? Green
            : week.Total >= policy.HardeningCompleteTotal ? Amber
            : Orange;
        return Badge.Render("reliability score", Format.Points(week.Total), colour);
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
