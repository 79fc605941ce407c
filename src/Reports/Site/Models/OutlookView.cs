namespace Reports.Site.Models;

/// <summary>The time in phase against the plan's target, and the forecast (phases 1–2) or the margin above the freeze floor (phase 3).</summary>
/// <param name="Label">"Forecast" or "Freeze margin".</param>
public sealed record OutlookView(string TimeInPhase, bool PastTarget, string Label, string Text);
