using Reports.Domain;
using Reports.Scoring;

namespace Reports.Rendering.Charts;

/// <summary>One rubric category's score (0–4) per week, with the policy's minimum-category lines.</summary>
internal sealed class CategoryTrendChart : ChartJob
{
    /// <summary>Compact: one of a grid of panels on the Trends page, all on the same time axis and 0–4 scale.</summary>
    private const int Height = 180;

    private readonly string slug;
    private readonly string key;
    private readonly string name;
    private readonly int weight;
    private readonly (DateOnly Week, int Score)[] weeks;
    private readonly Minimum[] minimums;

    /// <summary>The program's scored weeks: every panel spans them, so panels line up on one time axis.</summary>
    private readonly DateOnly[] axis;

    private CategoryTrendChart(string slug, string key, string name, int weight, (DateOnly, int)[] weeks, Minimum[] minimums, DateOnly[] axis)
    {
        this.axis = axis;
        this.slug = slug;
        this.key = key;
        this.name = name;
        this.weight = weight;
        this.weeks = weeks;
        this.minimums = minimums;
    }

    public override string Slug => slug;

    public override int Cost => weeks.Length;

    protected override ChartSize DesktopSize => ChartSize.Panel;

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
            new(policy.EnterValidationMinCategory, "enter validation", "validation", ChartPalette.ValidationLine),
            new(policy.EnterReentryMinCategory, "enter re-entry", "re-entry", ChartPalette.ReentryLine),
            new(policy.FreezeMinCategory, "freeze below", "freeze", ChartPalette.FreezeLine),
        ];
        DateOnly[] axis = [.. report.Weeks.Select(w => w.WeekOf)];
        return new CategoryTrendChart(slug, category.Key, category.Name, category.Weight, weeks, minimums, axis);
    }

    protected override void Describe(CanonicalInputs inputs)
    {
        inputs.Add("key", key).Add("name", name).Add("weight", weight);
        foreach (DateOnly week in axis)
        {
            inputs.Add("axis", week);
        }

        foreach (Minimum minimum in minimums)
        {
            inputs.Add("minimum", minimum.Score).Add("minimum-name", minimum.Name);
        }

        foreach ((DateOnly week, int score) in weeks)
        {
            inputs.Add("week", week).Add("score", score);
        }
    }

    protected override Chart Draw(ChartSize size)
    {
        string[] headers = ["Week of", "Score", "Points"];
        if (weeks.Length == 0)
        {
            return EmptyChart.Render(Slug, Title, "No scored weeks yet", size, Height, headers);
        }

        string alt = AltText();
        using ChartCanvas canvas = new(size, Height);
        DateOnly[] dates = [.. weeks.Select(w => w.Week)];
        var spans = WeekSpans.Of(axis);
        double left = spans[0].From;
        double right = spans[^1].To;

        // Lines named by a word in the right margin; the page says once what the words mean.
        canvas.Thresholds(minimums.Select(m => ((decimal)m.Score, m.Short, m.Color)), withValues: false);

        double[] xs = [.. weeks.Select(w => (double)w.Week.DayNumber)];
        double[] ys = [.. weeks.Select(w => (double)w.Score)];
        var series = canvas.Plot.Add.Scatter(xs, ys, ChartPalette.Blue);
        series.LineWidth = 2.5f;
        series.MarkerSize = weeks.Length <= 40 ? 7 : 0;

        canvas.Ticks(DateTicks.For(left, right, dates, size.Width - 150), NumberTicks.Every(0, 4, 1));
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

    private sealed record Minimum(int Score, string Name, string Short, ScottPlot.Color Color);
}
