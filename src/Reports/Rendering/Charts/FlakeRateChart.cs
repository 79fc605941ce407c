using Reports.Domain;
using Reports.Scoring;
using ScottPlot;

namespace Reports.Rendering.Charts;

/// <summary>
/// Each required check's flake rate week by week: flaky runs among its last <c>flake_window_runs</c> non-cancelled
/// runs up to the week's date (G4), with the policy's maximum as a labelled line.
/// </summary>
internal sealed class FlakeRateChart : ChartJob
{
    public const string ChartSlug = "ci-flake-rate";
    private const string ChartTitle = "Flake rate of each required check";

    private static readonly Color[] LineColors =
        [ChartPalette.Blue, ChartPalette.Orange, ChartPalette.BluishGreen, ChartPalette.ReddishPurple, ChartPalette.SkyBlue, ChartPalette.Black];

    private static readonly MarkerShape[] Shapes =
        [MarkerShape.FilledCircle, MarkerShape.FilledSquare, MarkerShape.FilledDiamond, MarkerShape.FilledTriangleUp];

    private readonly string[] checks;
    private readonly decimal max;
    private readonly int window;
    private readonly (DateOnly Week, decimal?[] Rates)[] weeks;

    private FlakeRateChart(string[] checks, decimal max, int window, (DateOnly, decimal?[])[] weeks)
    {
        this.checks = checks;
        this.max = max;
        this.window = window;
        this.weeks = weeks;
    }

    public override string Slug => ChartSlug;

    public override int Cost => weeks.Length * Math.Max(1, checks.Length);

    public static FlakeRateChart From(ProgramReport report)
    {
        EvidencePolicy policy = report.Data.Policy.Evidence;
        string[] checks = [.. policy.RequiredChecks];
        (DateOnly, decimal?[])[] weeks = report.Data.Evidence.CiRuns.Count == 0
            ? []
            : [.. report.Weeks.Select(w => (w.WeekOf, checks.Select(c => w.Evidence.Ci.FlakeRates.FirstOrDefault(r => r.Key == c).Value).ToArray()))];
        return new FlakeRateChart(checks, policy.FlakeRateMax, policy.FlakeWindowRuns, weeks);
    }

    protected override void Describe(CanonicalInputs inputs)
    {
        inputs.Add("max", max).Add("window", window);
        foreach (string check in checks)
        {
            inputs.Add("check", check);
        }

        foreach ((DateOnly week, decimal?[] rates) in weeks)
        {
            inputs.Add("week", week);
            foreach (decimal? rate in rates)
            {
                inputs.Add("rate", rate ?? -1m);
            }
        }
    }

    protected override Chart Draw(ChartSize size)
    {
        int height = size.Pick(400, 360);
        string[] headers = ["Week of", .. checks.Select(c => c + " (% flaky)")];
        if (weeks.Length == 0 || checks.Length == 0)
        {
            return EmptyChart.Render(Slug, ChartTitle, "No CI runs recorded yet", size, 120, headers);
        }

        using ChartCanvas canvas = new(size, height);
        double highest = Math.Max((double)max, weeks.SelectMany(w => w.Rates).Select(r => (double)(r ?? 0)).Max());
        int step = NumberTicks.WholeStep(Math.Ceiling(highest * 1.25), 8);
        double top = Math.Ceiling(highest * 1.25 / step) * step;
        canvas.Thresholds([(max, "maximum", ChartPalette.FreezeLine)]);
        List<LegendItem> legend = [];
        for (int c = 0; c < checks.Length; c++)
        {
            Color color = LineColors[c % LineColors.Length];
            MarkerShape shape = Shapes[c % Shapes.Length];
            (DateOnly Week, decimal Rate)[] points = [.. weeks.Where(w => w.Rates[c] is not null).Select(w => (w.Week, w.Rates[c]!.Value))];
            if (points.Length == 0)
            {
                continue;
            }

            var scatter = canvas.Plot.Add.Scatter(points.Select(p => (double)p.Week.DayNumber).ToArray(), points.Select(p => (double)p.Rate).ToArray(), color);
            scatter.LineWidth = 2;
            scatter.MarkerShape = shape;
            scatter.MarkerSize = weeks.Length <= 60 ? 7 : 0;
            legend.Add(new LegendItem
            {
                LabelText = ChartText.Clean(checks[c]),
                LineColor = color,
                LineWidth = 2,
                MarkerShape = shape,
                MarkerFillColor = color,
                MarkerLineColor = color,
                MarkerSize = 7,
            });
        }

        var spans = WeekSpans.Of([.. weeks.Select(w => w.Week)]);
        double left = spans[0].From;
        double right = spans[^1].To;
        canvas.AxisLabels("Week of", "Flaky runs among the last " + Invariant.Integer(window) + " (%)");
        canvas.Ticks(DateTicks.For(left, right, [.. weeks.Select(w => w.Week)], size.Width - size.Pick(330, 170)), NumberTicks.Every(0, top, step));
        canvas.Limits(left, right, 0, top);
        canvas.LegendBelow(legend);
        string alt = AltText();
        return new Chart(Slug, ChartTitle, canvas.ToSvg(Slug, ChartTitle, alt), alt, new ChartTable(headers, Rows()));
    }

    private string AltText()
    {
        decimal?[] last = weeks[^1].Rates;
        IEnumerable<string> parts = checks.Select((c, i) => ChartText.Clean(c) + " " + (last[i] is decimal rate ? Rate(rate) + " %" : "no runs"));
        return "In the week of " + Invariant.Date(weeks[^1].Week) + ": " + string.Join(", ", parts) + " (maximum below " + Invariant.Number(max) + " %).";
    }

    private List<IReadOnlyList<string>> Rows() =>
        [.. weeks.Reverse().Select(w => (IReadOnlyList<string>)[Invariant.Date(w.Week), .. w.Rates.Select(r => r is decimal rate ? Rate(rate) : "no runs")])];

    private static string Rate(decimal rate) =>
        Scoring.Evidence.EvidenceText.Percent(rate, 0m, MidpointRounding.ToPositiveInfinity).Replace(" %", "", StringComparison.Ordinal);
}
