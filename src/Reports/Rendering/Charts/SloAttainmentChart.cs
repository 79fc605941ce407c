using Reports.Domain;
using Reports.Scoring;
using Reports.Scoring.Evidence;
using ScottPlot;

namespace Reports.Rendering.Charts;

/// <summary>
/// One SLO's daily attainment over the <see cref="Days"/> days ending on the latest scored week: a dot per day with
/// traffic, a cross on each missed day, and the objective as a labelled line. Days without a row or without traffic
/// have no dot; the table says which.
/// </summary>
internal sealed class SloAttainmentChart : ChartJob
{
    /// <summary>How far back the chart looks: long enough to see a trend, short enough to read each day.</summary>
    public const int Days = 90;


    private readonly string slug;
    private readonly Slo slo;
    private readonly Day[] days;

    private SloAttainmentChart(string slug, Slo slo, Day[] days)
    {
        this.slug = slug;
        this.slo = slo;
        this.days = days;
    }

    public override string Slug => slug;

    public override int Cost => days.Length;

    private string ChartTitle => "Daily attainment: " + slo.Name;

    /// <summary>The chart's file name: <c>slo-</c> and the id's letters, digits and dashes.</summary>
    public static string SlugFor(string id)
    {
        string part = new string([.. id.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-')]).Trim('-');
        return "slo-" + (part.Length == 0 ? "unnamed" : part);
    }

    /// <summary>The days from the SLO's first row (at most <see cref="Days"/> back) through the latest scored week.</summary>
    public static SloAttainmentChart From(ProgramReport report, EvidenceIndex evidence, Slo slo, string slug)
    {
        Day[] days = [];
        if (report.Latest is { } latest)
        {
            DateOnly first = report.Data.Evidence.SloDays.Where(d => d.Slo == slo.Id).Select(d => d.Date).DefaultIfEmpty(latest.WeekOf).Min();
            DayRange range = DayRange.Ending(latest.WeekOf, Days);
            range = new DayRange(first > range.First && first <= range.Last ? first : range.First, range.Last);
            days = [.. range.EachDay().Select(d => evidence.Day(slo.Id, d)).Select((row, i) => new Day(range.First.AddDays(i), row, SloDayRule.Verdict(slo, row)))];
        }

        return new SloAttainmentChart(slug, slo, days);
    }

    protected override void Describe(CanonicalInputs inputs)
    {
        inputs.Add("id", slo.Id).Add("name", slo.Name).Add("objective", slo.Objective);
        foreach (Day day in days)
        {
            inputs.Add("day", day.Date).Add("good", day.Row?.Good ?? -1).Add("total", day.Row?.Total ?? -1);
        }
    }

    protected override Chart Draw(ChartSize size)
    {
        int height = size.Pick(360, 320);
        string[] headers = ["Day", "Good", "Total", "Attainment", "Verdict"];
        Day[] measured = [.. days.Where(d => d.Row is { Total: > 0 })];
        if (measured.Length == 0)
        {
            return EmptyChart.Render(Slug, ChartTitle, "No day with traffic yet", size, 120, headers);
        }

        using ChartCanvas canvas = new(size, height);
        double lowest = Math.Min((double)slo.Objective, measured.Min(d => d.Attainment));
        double step = Step(100 - lowest);
        double bottom = Math.Floor((lowest - (step / 2)) / step) * step;
        double left = days[0].Date.DayNumber - 0.5;
        double right = days[^1].Date.DayNumber + 0.5;

        canvas.Thresholds([(slo.Objective, "objective", ChartPalette.ValidationLine)]);
        MarkerCloud met = new(MarkerShape.FilledCircle, ChartPalette.Blue, 6);
        MarkerCloud missed = new(MarkerShape.FilledTriangleUp, ChartPalette.Vermillion, 11);
        foreach (Day day in measured)
        {
            (day.Verdict == SloDayVerdict.Missed ? missed : met).Add(day.Date.DayNumber, day.Attainment);
        }

        canvas.Plot.Add.Plottable(met);
        canvas.Plot.Add.Plottable(missed);
        List<LegendItem> legend = [met.ToLegendItem("Day met")];
        if (missed.Count > 0)
        {
            legend.Add(missed.ToLegendItem("Day missed"));
        }

        canvas.AxisLabels("Day (UTC)", "Good events (%)");
        canvas.Ticks(DateTicks.For(left, right, [], size.Width - size.Pick(330, 170)), NumberTicks.Every(bottom, 100, step));
        canvas.Limits(left, right, bottom, 100 + (step / 4));
        canvas.LegendBelow(legend);
        string alt = AltText(measured, missed.Count);
        return new Chart(Slug, ChartTitle, canvas.ToSvg(Slug, ChartTitle, alt), alt, new ChartTable(headers, Rows()));
    }

    /// <summary>A tick step of 1, 2 or 5 × 10ⁿ (at least 0.01) giving at most eight intervals over <paramref name="span"/>.</summary>
    private static double Step(double span)
    {
        foreach (double step in (ReadOnlySpan<double>)[0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1, 2, 5, 10, 20])
        {
            if (span / step <= 8)
            {
                return step;
            }
        }

        return 25;
    }

    private string AltText(Day[] measured, int missed)
    {
        string text = Invariant.Count(days.Length, "day", "days") + " from " + Invariant.Date(days[0].Date) + " to " + Invariant.Date(days[^1].Date)
            + " against the objective of " + EvidenceText.Limit(slo.Objective) + ": "
            + Invariant.Count(missed, "day", "days") + " missed, " + Invariant.Count(measured.Length - missed, "day", "days") + " met";
        int quiet = days.Count(d => d.Row is { Total: 0 });
        int unknown = days.Count(d => d.Row is null);
        if (quiet > 0)
        {
            text += ", " + Invariant.Count(quiet, "day", "days") + " without traffic";
        }

        if (unknown > 0)
        {
            text += ", " + Invariant.Count(unknown, "day", "days") + " without a row (unknown)";
        }

        return text + ". Lowest day: " + EvidenceText.Percent(measured.Min(d => d.Exact), slo.Objective, MidpointRounding.ToNegativeInfinity) + ".";
    }

    private List<IReadOnlyList<string>> Rows()
    {
        List<IReadOnlyList<string>> rows = [];
        foreach (Day day in days.Reverse())
        {
            rows.Add(day.Row is { } row
                ? [Invariant.Date(day.Date), EvidenceText.Count(row.Good), EvidenceText.Count(row.Total),
                    row.Total == 0 ? "" : EvidenceText.Percent(day.Exact, slo.Objective, MidpointRounding.ToNegativeInfinity), VerdictText(day.Verdict)]
                : [Invariant.Date(day.Date), "", "", "", VerdictText(day.Verdict)]);
        }

        return rows;
    }

    private static string VerdictText(SloDayVerdict verdict) => verdict switch
    {
        SloDayVerdict.Met => "met",
        SloDayVerdict.Missed => "missed",
        SloDayVerdict.NoTraffic => "no traffic",
        _ => "unknown (no row)",
    };

    private sealed record Day(DateOnly Date, SloDay? Row, SloDayVerdict Verdict)
    {
        public decimal Exact => Row is { Total: > 0 } r ? 100m * r.Good / r.Total : 0;

        public double Attainment => (double)Exact;
    }
}
