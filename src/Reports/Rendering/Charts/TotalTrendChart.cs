using Reports.Domain;
using Reports.Scoring;
using Reports.Scoring.Review;
using ScottPlot;

namespace Reports.Rendering.Charts;

/// <summary>
/// Total per week with the policy's thresholds as labelled lines, the phase of each week as shaded bands and
/// the Sev-1/Sev-2 incidents opened as a row of markers under the zero line, and the operational events of
/// <c>events.csv</c> (drills, rollbacks, spot checks) as a row of their own below them.
/// </summary>
internal sealed class TotalTrendChart : ChartJob
{
    /// <summary>Marker rows under the zero line, one per severity, so Sev-2s never hide a Sev-1.</summary>
    private static readonly Dictionary<Severity, double> IncidentRows = new() { [Severity.Sev1] = -4, [Severity.Sev2] = -9 };
    private const string ChartTitle = "Total score by week";

    private readonly Point[] weeks;
    private readonly Threshold[] thresholds;
    private readonly Mark[] incidents;
    private readonly Projection? projection;
    private readonly Happening[] events;

    private TotalTrendChart(Point[] weeks, Threshold[] thresholds, Mark[] incidents, Projection? projection, Happening[] events)
    {
        this.weeks = weeks;
        this.thresholds = thresholds;
        this.incidents = incidents;
        this.projection = projection;
        this.events = events;
    }

    /// <summary>The events row sits under the incident rows when there are any.</summary>
    private double EventRow => incidents.Length > 0 ? -14 : -4;

    public override string Slug => "total-trend";

    public override int Cost => weeks.Length + incidents.Length + events.Length;

    /// <summary>A marker per week while weeks are far enough apart to tell them apart; the line alone after that.</summary>
    private float MarkerSize => weeks.Length <= 60 ? 7 : 0;

    public static TotalTrendChart From(ProgramReport report)
    {
        Point[] weeks = [.. report.Weeks.Select(w => new Point(w.WeekOf, w.Phase, w.Total))];
        Policy policy = report.Data.Policy;
        Threshold[] thresholds =
        [
            new(policy.HardeningCompleteTotal, "hardening complete", "hardened", ChartPalette.HardeningLine),
            new(policy.EnterValidationTotal, "enter validation", "validation", ChartPalette.ValidationLine),
            new(policy.EnterReentryTotal, "enter re-entry", "re-entry", ChartPalette.ReentryLine),
            new(policy.FreezeTotal, "freeze below", "freeze", ChartPalette.FreezeLine),
        ];
        Mark[] incidents = weeks.Length == 0
            ? []
            : [.. report.Data.Incidents
                .Where(i => i.Severity is Severity.Sev1 or Severity.Sev2)
                .Where(i => i.Opened >= weeks[0].Week && i.Opened <= weeks[^1].Week.AddDays(6))
                .OrderBy(i => i.Opened).ThenBy(i => i.Severity).ThenBy(i => i.Id, StringComparer.Ordinal)
                .Select(i => new Mark(i.Id, i.Severity, i.Opened))];
        // The latest week's forecast, drawn from its total to the threshold on the date the trend reaches it.
        Projection? projection = report.Latest is { Review.Forecast: { Outcome: ForecastOutcome.Reaches, Date: DateOnly on } forecast } latest && on > latest.WeekOf
            ? new Projection(latest.WeekOf, latest.Total, on, forecast.TargetTotal)
            : null;
        Happening[] events = weeks.Length == 0
            ? []
            : [.. report.Data.Evidence.Events
                .Where(e => e.Date >= weeks[0].Week && e.Date <= weeks[^1].Week.AddDays(6))
                .OrderBy(e => e.Date)
                .Select(e => new Happening(e.Date, Scoring.Evidence.EvidenceText.Name(e.Kind), e.Outcome.ToString().ToLowerInvariant()))];
        return new TotalTrendChart(weeks, thresholds, incidents, projection, events);
    }

    protected override void Describe(CanonicalInputs inputs)
    {
        foreach (Threshold threshold in thresholds)
        {
            inputs.Add("threshold", threshold.Value).Add("threshold-name", threshold.Name);
        }

        foreach (Point week in weeks)
        {
            inputs.Add("week", week.Week).Add("phase", week.Phase).Add("total", week.Total);
        }

        foreach (Mark incident in incidents)
        {
            inputs.Add("incident", incident.Id).Add("severity", (int)incident.Severity).Add("opened", incident.Opened);
        }

        if (projection is not null)
        {
            inputs.Add("projection", projection.To).Add("projection-total", projection.Target);
        }

        foreach (Happening happening in events)
        {
            inputs.Add("event", happening.Date).Add("kind", happening.Kind).Add("outcome", happening.Outcome);
        }
    }

    protected override Chart Draw(ChartSize size)
    {
        string[] headers = events.Length == 0
            ? ["Week of", "Phase", "Total", "Change", "Sev-1/Sev-2 opened"]
            : ["Week of", "Phase", "Total", "Change", "Sev-1/Sev-2 opened", "Events"];
        int height = size.Pick(440, 380);
        if (weeks.Length == 0)
        {
            return EmptyChart.Render(Slug, ChartTitle, "No scored weeks yet", size, height, headers);
        }

        string alt = AltText();
        using ChartCanvas canvas = new(size, height);
        var spans = WeekSpans.Of([.. weeks.Select(w => w.Week)]);
        double left = spans[0].From;
        double right = Math.Max(spans[^1].To, incidents.Length == 0 ? double.MinValue : incidents[^1].Opened.DayNumber + 0.5);
        right = projection is null ? right : Math.Max(right, projection.To.DayNumber + 0.5);
        right = Math.Max(right, events.Length == 0 ? double.MinValue : events[^1].Date.DayNumber + 0.5);
        List<LegendItem> legend = [new LegendItem
        {
            LabelText = "Total",
            LineColor = ChartPalette.Blue,
            LineWidth = 2.5f,
            MarkerShape = MarkerShape.FilledCircle,
            MarkerFillColor = ChartPalette.Blue,
            MarkerLineColor = ChartPalette.Blue,
            MarkerSize = MarkerSize,
        }];

        AddPhaseBands(canvas, spans, legend, size);
        canvas.Thresholds(thresholds.Select(t => (t.Value, size.IsNarrow ? t.Short : t.Name, t.Color)), withValues: !size.IsNarrow);
        double[] xs = [.. weeks.Select(w => (double)w.Week.DayNumber)];
        double[] ys = [.. weeks.Select(w => (double)w.Total)];
        var total = canvas.Plot.Add.Scatter(xs, ys, ChartPalette.Blue);
        total.LineWidth = 2.5f;
        total.MarkerSize = MarkerSize;
        AddIncidents(canvas, legend);
        AddProjection(canvas, legend);
        AddEvents(canvas, legend);
        if (weeks.Length <= size.Pick(12, 5))
        {
            // Few weeks: the totals themselves, above their markers.
            foreach (Point week in weeks)
            {
                var value = canvas.Note(Invariant.Points(week.Total), week.Week.DayNumber, (double)week.Total, Alignment.LowerCenter, ChartPalette.Text);
                value.OffsetY = -6;
            }
        }

        canvas.AxisLabels("Week of", size.IsNarrow ? "Total (0–100)" : "Total score (0–100)");
        Tick[] rows = [.. IncidentRows.Where(r => incidents.Any(i => i.Severity == r.Key))
            .Select(r => Tick.Major(r.Value, Invariant.Severity(r.Key))),
            .. events.Length > 0 ? [Tick.Major(EventRow, "Events")] : Array.Empty<Tick>()];
        canvas.Ticks(DateTicks.For(left, right, [.. weeks.Select(w => w.Week)], size.Width - size.Pick(330, 170)), [.. rows, .. NumberTicks.Every(0, 100, 10)]);
        canvas.Limits(left, right, events.Length > 0 ? EventRow - 3 : rows.Length > 0 ? -12 : -2, 102);
        canvas.LegendBelow(legend);
        return new Chart(Slug, ChartTitle, canvas.ToSvg(Slug, ChartTitle, alt), alt, new ChartTable(headers, Rows()));
    }

    private void AddPhaseBands(ChartCanvas canvas, (double From, double To)[] spans, List<LegendItem> legend, ChartSize size)
    {
        int start = 0;
        for (int i = 1; i <= weeks.Length; i++)
        {
            if (i < weeks.Length && weeks[i].Phase == weeks[start].Phase)
            {
                continue;
            }

            var band = canvas.Plot.Add.HorizontalSpan(spans[start].From, spans[i - 1].To, ChartPalette.ForPhase(weeks[start].Phase));
            band.LineWidth = 0;
            start = i;
        }

        foreach (int phase in weeks.Select(w => w.Phase).Distinct().Order())
        {
            legend.Add(new LegendItem { LabelText = size.IsNarrow ? "Phase " + Invariant.Integer(phase) : PhaseName(phase), FillColor = ChartPalette.ForPhase(phase), LineWidth = 0 });
        }
    }

    private void AddIncidents(ChartCanvas canvas, List<LegendItem> legend)
    {
        foreach (Severity severity in (Severity[])[Severity.Sev1, Severity.Sev2])
        {
            MarkerCloud markers = new(ChartPalette.ShapeFor(severity), ChartPalette.For(severity), 10);
            foreach (Mark incident in incidents.Where(i => i.Severity == severity))
            {
                markers.Add(incident.Opened.DayNumber, IncidentRows[severity]);
            }

            if (markers.Count > 0)
            {
                canvas.Plot.Add.Plottable(markers);
                legend.Add(markers.ToLegendItem(Invariant.Severity(severity) + " opened"));
            }
        }
    }

    /// <summary>The forecast as a dotted line from the latest total to the threshold.</summary>
    private void AddProjection(ChartCanvas canvas, List<LegendItem> legend)
    {
        if (projection is null)
        {
            return;
        }

        double[] xs = [projection.From.DayNumber, projection.To.DayNumber];
        double[] ys = [(double)projection.FromTotal, (double)projection.Target];
        var line = canvas.Plot.Add.Scatter(xs, ys, ChartPalette.Blue);
        line.LineWidth = 2f;
        line.LinePattern = LinePattern.Dotted;
        line.MarkerSize = 0;
        legend.Add(new LegendItem { LabelText = "Forecast", LineColor = ChartPalette.Blue, LineWidth = 2f, LinePattern = LinePattern.Dotted });
    }

    private void AddEvents(ChartCanvas canvas, List<LegendItem> legend)
    {
        MarkerCloud markers = new(MarkerShape.FilledDiamond, ChartPalette.ReddishPurple, 10);
        foreach (Happening happening in events)
        {
            markers.Add(happening.Date.DayNumber, EventRow);
        }

        if (markers.Count > 0)
        {
            canvas.Plot.Add.Plottable(markers);
            legend.Add(markers.ToLegendItem("Drill, rollback or spot check"));
        }
    }

    private string AltText()
    {
        Point last = weeks[^1];
        string text = "Total " + TrendWords.Describe(weeks[0].Total, last.Total, weeks.Length, Invariant.Points)
            + "; " + NextThreshold(last) + ".";
        int[] phases = [.. weeks.Select(w => w.Phase).Distinct().Order()];
        text += phases.Length == 1
            ? " Phase " + Invariant.Integer(phases[0]) + (weeks.Length == 1 ? "." : " throughout.")
            : " Weeks per phase: " + string.Join(", ", phases.Select(p =>
                Invariant.Integer(p) + ": " + Invariant.Integer(weeks.Count(w => w.Phase == p)))) + ".";
        if (incidents.Length > 0)
        {
            text += " " + Invariant.Count(incidents.Length, "Sev-1/Sev-2 incident", "Sev-1/Sev-2 incidents") + " opened in the period "
                + (incidents.Length == 1 ? "is" : "are") + " marked in rows below the zero line.";
        }

        if (projection is not null)
        {
            text += " A dotted line projects the current trend to " + Invariant.Number(projection.Target) + " on " + Invariant.Date(projection.To) + ".";
        }

        if (events.Length > 0)
        {
            text += " " + Invariant.Count(events.Length, "operational event", "operational events") + " (drills, rollbacks, spot checks) "
                + (events.Length == 1 ? "is" : "are") + " marked in the Events row.";
        }

        return text;
    }

    /// <summary>The threshold that matters in the latest week's phase: the one to leave it, or the freeze line in phase 3.</summary>
    private string NextThreshold(Point last)
    {
        if (last.Phase >= 3)
        {
            Threshold freeze = thresholds[3];
            decimal margin = last.Total - freeze.Value;
            return margin >= 0
                ? "it is " + Invariant.Points(margin) + " above the " + Invariant.Number(freeze.Value) + " freeze line"
                : "it is " + Invariant.Points(-margin) + " below the " + Invariant.Number(freeze.Value) + " freeze line";
        }

        Threshold next = last.Phase == 2 ? thresholds[2] : thresholds[1];
        decimal distance = next.Value - last.Total;
        string what = "the " + Invariant.Number(next.Value) + " threshold to " + next.Name;
        return distance > 0 ? what + " is " + Invariant.Points(distance) + " away" : "it meets " + what;
    }

    private List<IReadOnlyList<string>> Rows()
    {
        List<IReadOnlyList<string>> rows = [];
        for (int i = 0; i < weeks.Length; i++)
        {
            Point week = weeks[i];
            DateOnly until = i + 1 < weeks.Length ? weeks[i + 1].Week : DateOnly.MaxValue;
            string change = i == 0 ? string.Empty : Signed(week.Total - weeks[i - 1].Total);
            // A week without one says 0: a blank cell reads as "not known".
            string opened = string.Join(", ", incidents
                .Where(m => m.Opened >= week.Week && m.Opened < until)
                .Select(m => ChartText.Clean(m.Id) + " (" + Invariant.Severity(m.Severity) + ")"));
            opened = opened.Length == 0 ? "0" : opened;
            if (events.Length == 0)
            {
                rows.Add([Invariant.Date(week.Week), Invariant.Integer(week.Phase), Invariant.Points(week.Total), change, opened]);
                continue;
            }

            string happened = string.Join(", ", events
                .Where(e => e.Date >= week.Week && e.Date < until)
                .Select(e => Invariant.Date(e.Date) + " " + e.Kind + " (" + e.Outcome + ")"));
            rows.Add([Invariant.Date(week.Week), Invariant.Integer(week.Phase), Invariant.Points(week.Total), change, opened, happened]);
        }

        return rows;
    }

    private static string Signed(decimal value) => (value > 0 ? "+" : string.Empty) + Invariant.Points(value);

    private static string PhaseName(int phase) => phase switch
    {
        1 => "Phase 1 (hardening)",
        2 => "Phase 2 (validation)",
        3 => "Phase 3 (re-entry)",
        _ => "Phase " + Invariant.Integer(phase),
    };

    private sealed record Point(DateOnly Week, int Phase, decimal Total);

    private sealed record Threshold(decimal Value, string Name, string Short, Color Color);

    private sealed record Mark(string Id, Severity Severity, DateOnly Opened);

    private sealed record Projection(DateOnly From, decimal FromTotal, DateOnly To, decimal Target);

    /// <summary>An operational event: its date, kind (<c>rollback-drill</c>) and outcome (<c>pass</c>).</summary>
    private sealed record Happening(DateOnly Date, string Kind, string Outcome);
}
