using Reports.Domain;
using Reports.Scoring;

namespace Reports.Rendering.Charts;

/// <summary>One rubric category's score (0–4) per week, with the policy's minimum-category lines.</summary>
internal sealed class CategoryTrendChart : ChartJob
{
    private const int Width = 640;
    private const int Height = 300;

    private readonly string slug;
    private readonly string key;
    private readonly string name;
    private readonly int weight;
    private readonly (DateOnly Week, int Score)[] weeks;
    private readonly Minimum[] minimums;

    private CategoryTrendChart(string slug, string key, string name, int weight, (DateOnly, int)[] weeks, Minimum[] minimums)
    {
        this.slug = slug;
        this.key = key;
        this.name = name;
        this.weight = weight;
        this.weeks = weeks;
        this.minimums = minimums;
    }

    public override string Slug => slug;

    public override int Cost => weeks.Length;

    private string Title => ChartText.Clean(name) + " score by week";

    /// <param name="slug">Unique among the site's charts; see <see cref="SlugFor"/>.</param>
    public static CategoryTrendChart From(ProgramReport report, Category category, string slug)
    {
        (DateOnly, int)[] weeks = [.. report.Weeks
            .Select(w => (w.WeekOf, Result: w.Categories.FirstOrDefault(c => c.Category.Key == category.Key)))
            .Where(w => w.Result is not null)
            .Select(w => (w.WeekOf, w.Result!.Score))];
        Policy policy = report.Data.Policy;
        Minimum[] minimums =
        [
            new(policy.EnterValidationMinCategory, "enter validation", ChartPalette.ValidationLine),
            new(policy.EnterReentryMinCategory, "enter re-entry", ChartPalette.ReentryLine),
            new(policy.FreezeMinCategory, "freeze below", ChartPalette.FreezeLine),
        ];
        return new CategoryTrendChart(slug, category.Key, category.Name, category.Weight, weeks, minimums);
    }

    protected override void Describe(CanonicalInputs inputs)
    {
        inputs.Add("key", key).Add("name", name).Add("weight", weight);
        foreach (Minimum minimum in minimums)
        {
            inputs.Add("minimum", minimum.Score).Add("minimum-name", minimum.Name);
        }

        foreach ((DateOnly week, int score) in weeks)
        {
            inputs.Add("week", week).Add("score", score);
        }
    }

    public override Chart Render()
    {
        string[] headers = ["Week of", "Score", "Points"];
        if (weeks.Length == 0)
        {
            return EmptyChart.Render(Slug, Title, "No scored weeks yet", Width, Height, headers);
        }

        string alt = AltText();
        using ChartCanvas canvas = new(Width, Height, Title);
        DateOnly[] dates = [.. weeks.Select(w => w.Week)];
        var spans = WeekSpans.Of(dates);
        double left = spans[0].From;
        double right = spans[^1].To;

        canvas.Thresholds(minimums.Select(m => ((decimal)m.Score, m.Name, m.Color)));

        double[] xs = [.. weeks.Select(w => (double)w.Week.DayNumber)];
        double[] ys = [.. weeks.Select(w => (double)w.Score)];
        var series = canvas.Plot.Add.Scatter(xs, ys, ChartPalette.Blue);
        series.LineWidth = 2.5f;
        series.MarkerSize = weeks.Length <= 40 ? 7 : 0;

        canvas.AxisLabels("Week of", "Score (0–4)");
        canvas.Ticks(DateTicks.For(left, right, dates, Width - 300), NumberTicks.Every(0, 4, 1));
        canvas.Limits(left, right, -0.25, 4.35);
        List<IReadOnlyList<string>> rows = [.. weeks.Select(w => (IReadOnlyList<string>)
            [Invariant.Date(w.Week), Invariant.Integer(w.Score), Invariant.Points(w.Score * weight / 4m)])];
        return new Chart(Slug, Title, canvas.ToSvg(Slug, Title, alt), alt, new ChartTable(headers, rows));
    }

    private string AltText()
    {
        int last = weeks[^1].Score;
        string text = ChartText.Clean(name) + " (weight " + Invariant.Integer(weight) + ") "
            + TrendWords.Describe(weeks[0].Score, last, weeks.Length, Invariant.Integer) + ".";
        List<string> standing = [];
        foreach (Minimum minimum in minimums.Where(m => m.Name != "freeze below").DistinctBy(m => m.Name))
        {
            string what = "the minimum of " + Invariant.Integer(minimum.Score) + " to " + minimum.Name;
            standing.Add(last >= minimum.Score
                ? "meets " + what
                : "is " + Invariant.Count(minimum.Score - last, "level", "levels") + " below " + what);
        }

        return text + " It " + string.Join(" and ", standing) + ".";
    }

    /// <summary>Category keys become file names (<c>category-measurement</c>): keep ASCII letters, digits and dashes.</summary>
    public static string SlugFor(string key)
    {
        string part = new string([.. key.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-')]).Trim('-');
        return "category-" + (part.Length == 0 ? "unnamed" : part);
    }

    private sealed record Minimum(int Score, string Name, ScottPlot.Color Color);
}
