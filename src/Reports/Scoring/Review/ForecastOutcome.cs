namespace Reports.Scoring.Review;

/// <summary>What the forecast's line says about the phase's exit threshold.</summary>
public enum ForecastOutcome
{
    /// <summary>The line rises and reaches the threshold on <see cref="Forecast.Date"/>.</summary>
    Reaches,

    /// <summary>The week's total already meets the threshold: what holds the phase is elsewhere.</summary>
    AlreadyMet,

    /// <summary>The line is flat or falling: "not at the current trend".</summary>
    NotAtCurrentTrend,
}
