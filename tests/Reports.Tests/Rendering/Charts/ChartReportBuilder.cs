using Reports.Domain;
using Reports.Scoring;

namespace Reports.Tests.Rendering.Charts;

/// <summary>
/// Builds a <see cref="ProgramReport"/> by hand with the fields charts read (week, phase, total, category
/// scores, incidents, policy); the rest of each <see cref="WeekResult"/> is filled with neutral values.
/// </summary>
internal sealed class ChartReportBuilder
{
    public static readonly Category[] PlanRubric =
    [
        new("measurement", "Measurement Completeness", 20, Levels()),
        new("outcomes", "Reliability Outcomes", 25, Levels()),
        new("ci", "Test and CI Strength", 15, Levels()),
        new("security", "Security and Abuse Resistance", 15, Levels()),
        new("operability", "Operability and Incident Readiness", 15, Levels()),
        new("discipline", "Delivery Discipline", 10, Levels()),
    ];

    private readonly List<(DateOnly Week, int Phase, Dictionary<string, int> Scores)> weeks = [];
    private readonly List<Incident> incidents = [];
    private Category[] rubric = PlanRubric;
    private Policy policy = Policy.Default;

    /// <summary>The plan's two scorecards: 46.25 on 2026-02-17 and 55.00 on 2026-02-18, both phase 1.</summary>
    public static ChartReportBuilder PlanWeeks() => new ChartReportBuilder()
        .WithWeek(new DateOnly(2026, 2, 17), 1, 2, 1, 3, 1, 2, 3)
        .WithWeek(new DateOnly(2026, 2, 18), 1, 3, 1, 3, 2, 2, 3);

    /// <summary>
    /// Weekly scores that wander up over time through the three phases (with a freeze back to phase 1 near the
    /// end) and incidents spread over the period; seeded, so the same arguments always build the same report.
    /// </summary>
    public static ChartReportBuilder Generated(int weekCount, int incidentCount, int seed = 7)
    {
        Random random = new(seed);
        ChartReportBuilder builder = new();
        DateOnly first = new(2016, 1, 4);
        int[] scores = [1, 1, 2, 1, 2, 2];
        for (int w = 0; w < weekCount; w++)
        {
            for (int c = 0; c < scores.Length; c++)
            {
                int drift = random.Next(100) < 12 ? 1 : random.Next(100) < 6 ? -1 : 0;
                scores[c] = Math.Clamp(scores[c] + drift, 0, 4);
            }

            int phase = w < weekCount * 0.4 ? 1 : w < weekCount * 0.6 ? 2 : w < weekCount * 0.9 ? 3 : 1;
            builder.WithWeek(first.AddDays(7 * w), phase, [.. scores]);
        }

        int days = Math.Max(weekCount * 7, 1);
        for (int i = 0; i < incidentCount; i++)
        {
            Severity severity = (Severity)(1 + Math.Min(3, (int)Math.Floor(Math.Sqrt(random.Next(16)))));
            DateOnly opened = first.AddDays(random.Next(days));
            DateOnly? resolved = random.Next(100) < 95 ? opened.AddDays(random.Next(0, 30) / (int)severity) : null;
            builder.WithIncident("INC-" + (i + 1).ToString("D4"), severity, opened, resolved);
        }

        return builder;
    }

    /// <param name="scores">One score per rubric category, in rubric order.</param>
    public ChartReportBuilder WithWeek(DateOnly week, int phase, params int[] scores)
    {
        Dictionary<string, int> byKey = new(StringComparer.Ordinal);
        for (int i = 0; i < scores.Length; i++)
        {
            byKey[rubric[i].Key] = scores[i];
        }

        weeks.Add((week, phase, byKey));
        return this;
    }

    public ChartReportBuilder WithScore(DateOnly week, string category, int score)
    {
        weeks.Single(w => w.Week == week).Scores[category] = score;
        return this;
    }

    public ChartReportBuilder WithIncident(string id, Severity severity, DateOnly opened, DateOnly? resolved = null)
    {
        incidents.Add(new Incident(id, severity, "video", "Incident " + id, opened, resolved, string.Empty, null));
        return this;
    }

    public ChartReportBuilder WithPolicy(Policy value)
    {
        policy = value;
        return this;
    }

    public ChartReportBuilder WithRubric(params Category[] categories)
    {
        rubric = categories;
        return this;
    }

    public ProgramReport Build()
    {
        List<Score> scores = [.. weeks.SelectMany(w => w.Scores.Select(s => new Score(w.Week, s.Key, s.Value, string.Empty)))];
        ReliabilityData data = new(rubric, policy, [], scores, [], [.. incidents], [], []);
        List<WeekResult> results = [];
        decimal? previousTotal = null;
        Dictionary<string, int> previousScores = new(StringComparer.Ordinal);
        foreach ((DateOnly week, int phase, Dictionary<string, int> byKey) in weeks.OrderBy(w => w.Week))
        {
            CategoryResult[] categories = [.. rubric.Where(c => byKey.ContainsKey(c.Key)).Select(c => new CategoryResult(
                c, byKey[c.Key], c.PointsFor(byKey[c.Key]),
                previousScores.TryGetValue(c.Key, out int previous) ? previous : null, string.Empty))];
            decimal total = categories.Sum(c => c.Points);
            results.Add(new WeekResult(
                week, phase, total, previousTotal, categories, [], [], [], Decision.Stay, phase, [], null, null,
                new UpliftPlan("enter validation", policy.EnterValidationTotal, policy.EnterValidationMinCategory, total, [], total),
                [.. incidents.Where(i => i.IsOpenOn(week))], []));
            previousTotal = total;
            previousScores = new Dictionary<string, int>(byKey, StringComparer.Ordinal);
        }

        return new ProgramReport(data, results);
    }

    private static string[] Levels() => ["", "", "", "", ""];
}
