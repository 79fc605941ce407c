using System.Globalization;
using Reports.Domain;
using Reports.Scoring;

namespace Reports.Tests.Builders;

/// <summary>
/// Builds <see cref="ReliabilityData"/> for tests, starting from the plan's rubric and gates (and, on
/// request, its two scored weeks and evidence) so a test states only what it changes.
/// </summary>
public sealed class DataSetBuilder
{
    public const string Week1 = "2026-02-17";
    public const string Week2 = "2026-02-18";

    private readonly List<Score> scores = [];
    private readonly List<GateResult> gateResults = [];
    private readonly List<Incident> incidents = [];
    private readonly List<Finding> findings = [];
    private readonly List<RecordedDecision> decisions = [];
    private readonly List<Slo> slos = [];
    private readonly List<SloDay> sloDays = [];
    private readonly List<CiRun> ciRuns = [];
    private readonly List<OperationalEvent> events = [];
    private List<Category> rubric = [.. PlanRubric];
    private List<GateDefinition> gates = [.. PlanGates];
    private Policy policy = Policy.Default;
    private DateOnly? lastWeek;

    /// <summary>The plan's §4 rubric; keys as the shipped <c>rubric.csv</c> has them.</summary>
    public static IReadOnlyList<Category> PlanRubric { get; } =
    [
        Category("measurement", "Measurement Completeness", 20),
        Category("outcomes", "Reliability Outcomes", 25),
        Category("ci", "Test and CI Strength", 15),
        Category("security", "Security and Abuse Resistance", 15),
        Category("operability", "Operability and Incident Readiness", 15),
        Category("discipline", "Delivery Discipline", 10),
    ];

    /// <summary>The plan's §3 gates: G1–G4 leave phase 1, G5–G7 leave phase 2, G8 guards phase 3.</summary>
    public static IReadOnlyList<GateDefinition> PlanGates { get; } =
    [
        new("G1", 1, "Instrumentation completeness", ""),
        new("G2", 1, "Reliability blockers closed", ""),
        new("G3", 1, "Abuse and safety controls in place", ""),
        new("G4", 1, "CI and test gate minimums", ""),
        new("G5", 2, "SLO attainment (rolling 7-day window)", ""),
        new("G6", 2, "Operational readiness", ""),
        new("G7", 2, "Error budget stability", ""),
        new("G8", 3, "Re-entry guardrail", ""),
    ];

    /// <summary>The plan's rubric and gates, no scored week yet.</summary>
    public static DataSetBuilder Empty() => new();

    /// <summary>Week 1 baseline (§11): 2/1/3/1/2/3, total 46.25.</summary>
    public static DataSetBuilder PlanWeek1() => Empty().WithWeek(Week1, 2, 1, 3, 1, 2, 3);

    /// <summary>Week 2 scorecard (§12) alone: 3/1/3/2/2/3, total 55.00.</summary>
    public static DataSetBuilder PlanWeek2() => Empty().WithWeek(Week2, 3, 1, 3, 2, 2, 3);

    /// <summary>Both of the plan's scored weeks, scores only.</summary>
    public static DataSetBuilder PlanWeeks() => PlanWeek1().WithWeek(Week2, 3, 1, 3, 2, 2, 3);

    /// <summary>Every category at 4 in one week: total 100, so only gates and conditions can hold a week back.</summary>
    public static DataSetBuilder TopScores(string week = Week1) => Empty().WithWeek(week, 4, 4, 4, 4, 4, 4);

    public static DateOnly Date(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>
    /// The evidence shipped with the plan's weeks: gate results (week 1: G1–G3 fail, G4 pending;
    /// week 2: G1 pass, G2–G3 fail, G4 pending), the §7 backlog as findings and both recorded stays.
    /// </summary>
    public DataSetBuilder WithPlanEvidence() => this
        .WithGate(Week1, "G1", GateStatus.Fail).WithGate(Week1, "G2", GateStatus.Fail)
        .WithGate(Week1, "G3", GateStatus.Fail).WithGate(Week1, "G4", GateStatus.Pending)
        .WithGate(Week2, "G1", GateStatus.Pass).WithGate(Week2, "G2", GateStatus.Fail)
        .WithGate(Week2, "G3", GateStatus.Fail).WithGate(Week2, "G4", GateStatus.Pending)
        .WithFinding("KI-1", Priority.P0, "known-issue", Week1)
        .WithFinding("KI-2", Priority.P0, "known-issue", Week1)
        .WithFinding("KI-3", Priority.P0, "known-issue", Week1)
        .WithFinding("KI-4", Priority.P1, "known-issue", Week1, Week2, FindingStatus.Mitigated)
        .WithFinding("H-1", Priority.P0, "red-team", Week1, Week2, FindingStatus.Fixed)
        .WithFinding("H-2", Priority.P0, "red-team", Week1, Week2, FindingStatus.Fixed)
        .WithFinding("M-1", Priority.P1, "red-team", Week1)
        .WithFinding("WS-1", Priority.P1, "workstream", Week1, Week2, FindingStatus.Fixed)
        .WithFinding("WS-2", Priority.P1, "workstream", Week1)
        .WithRecorded(Week1, Decision.Stay)
        .WithRecorded(Week2, Decision.Stay);

    /// <summary>Adds a week scored in rubric order (the plan's: measurement, outcomes, ci, security, operability, discipline).</summary>
    public DataSetBuilder WithWeek(string week, params int[] scoresInRubricOrder)
    {
        if (scoresInRubricOrder.Length != rubric.Count)
        {
            throw new ArgumentException($"expected {rubric.Count} scores, one per rubric category", nameof(scoresInRubricOrder));
        }

        for (var i = 0; i < rubric.Count; i++)
        {
            WithScore(week, rubric[i].Key, scoresInRubricOrder[i]);
        }

        return this;
    }

    /// <summary>Sets one category's score in a week, replacing any score it had.</summary>
    public DataSetBuilder WithScore(string week, string category, int score)
    {
        var day = Date(week);
        scores.RemoveAll(s => s.WeekOf == day && s.Category == category);
        scores.Add(new Score(day, category, score, $"{category} at {score}"));
        lastWeek = lastWeek is { } last && last > day ? last : day;
        return this;
    }

    /// <summary>Sets one category's score in the latest week.</summary>
    public DataSetBuilder WithScore(string category, int score) => WithScore(LatestWeek, category, score);

    /// <summary>Records one gate's status in a week, replacing any status it had.</summary>
    public DataSetBuilder WithGate(string week, string gate, GateStatus status)
    {
        var day = Date(week);
        gateResults.RemoveAll(r => r.WeekOf == day && r.Gate == gate);
        if (status != GateStatus.Unknown)
        {
            gateResults.Add(new GateResult(day, gate, status, $"{gate} evidence", null));
        }

        return this;
    }

    /// <summary>Records one gate's status in the latest week; <see cref="GateStatus.Unknown"/> removes the row.</summary>
    public DataSetBuilder WithGate(string gate, GateStatus status) => WithGate(LatestWeek, gate, status);

    /// <summary>Records the same status for every gate of a phase in a week.</summary>
    public DataSetBuilder WithPhaseGates(string week, int phase, GateStatus status)
    {
        foreach (var gate in gates.Where(g => g.Phase == phase))
        {
            WithGate(week, gate.Id, status);
        }

        return this;
    }

    /// <summary>Records the same status for every gate of a phase in the latest week.</summary>
    public DataSetBuilder WithPhaseGates(int phase, GateStatus status) => WithPhaseGates(LatestWeek, phase, status);

    /// <summary>Records the same status for every gate, all phases, in every week scored so far.</summary>
    public DataSetBuilder WithAllGates(GateStatus status)
    {
        foreach (var week in scores.Select(s => s.WeekOf).Distinct().ToList())
        {
            foreach (var gate in gates)
            {
                WithGate(Iso(week), gate.Id, status);
            }
        }

        return this;
    }

    public DataSetBuilder WithIncident(string id, Severity severity, string opened, string? resolved = null)
    {
        incidents.Add(new Incident(id, severity, "socket", $"incident {id}", Date(opened), resolved is null ? null : Date(resolved), "", null));
        return this;
    }

    /// <summary>Adds a finding; without a status it is open when not closed and fixed when closed.</summary>
    public DataSetBuilder WithFinding(string id, Priority priority, string source, string opened, string? closed = null, FindingStatus? status = null)
    {
        var finalStatus = status ?? (closed is null ? FindingStatus.Open : FindingStatus.Fixed);
        findings.Add(new Finding(id, $"finding {id}", priority, source, finalStatus, Date(opened), closed is null ? null : Date(closed), ""));
        return this;
    }

    /// <summary>Changes a finding already added (its owner, due date, regression test …).</summary>
    public DataSetBuilder WithFindingChange(string id, Func<Finding, Finding> change)
    {
        var index = findings.FindIndex(f => f.Id == id);
        findings[index] = change(findings[index]);
        return this;
    }

    /// <summary>Adds an incident of a class, opened on one day and resolved on another (or open).</summary>
    public DataSetBuilder WithClassedIncident(string id, string incidentClass, string opened, string? resolved = null)
    {
        WithIncident(id, Severity.Sev3, opened, resolved);
        incidents[^1] = incidents[^1] with { Class = incidentClass };
        return this;
    }

    /// <summary>Adds an operational event with a title, a note and a link.</summary>
    public DataSetBuilder WithEvent(string date, EventKind kind, EventOutcome outcome, string title, string note, string? link = null)
    {
        events.Add(new OperationalEvent(Date(date), kind, outcome, title, link, note));
        return this;
    }

    public DataSetBuilder WithReviewPolicy(Func<ReviewPolicy, ReviewPolicy> change)
    {
        policy = policy with { Review = change(policy.Review) };
        return this;
    }

    public DataSetBuilder WithPolicy(Func<Policy, Policy> change)
    {
        policy = change(policy);
        return this;
    }

    public DataSetBuilder WithRecorded(string week, Decision decision, string note = "")
    {
        var day = Date(week);
        decisions.RemoveAll(d => d.WeekOf == day);
        decisions.Add(new RecordedDecision(day, decision, note));
        return this;
    }

    /// <summary>Replaces the rubric; scores already added keep their keys.</summary>
    public DataSetBuilder WithRubric(IEnumerable<Category> categories)
    {
        rubric = [.. categories];
        return this;
    }

    /// <summary>Replaces the gate definitions.</summary>
    public DataSetBuilder WithGateDefinitions(IEnumerable<GateDefinition> definitions)
    {
        gates = [.. definitions];
        return this;
    }

    /// <summary>
    /// Has the plan's G4–G8 (or only <paramref name="only"/> of them) computed by the contract's rules: G4
    /// <c>ci-minimums</c>, G5 <c>slo-attainment</c>, G6 <c>operational-readiness</c>, G7 <c>error-budget</c>, G8 <c>reentry-guardrail</c>.
    /// </summary>
    public DataSetBuilder WithComputedGates(params string[] only)
    {
        var rules = new Dictionary<string, EvidenceRule>
        {
            ["G4"] = EvidenceRule.CiMinimums,
            ["G5"] = EvidenceRule.SloAttainment,
            ["G6"] = EvidenceRule.OperationalReadiness,
            ["G7"] = EvidenceRule.ErrorBudget,
            ["G8"] = EvidenceRule.ReentryGuardrail,
        };
        gates = [.. gates.Select(g => rules.TryGetValue(g.Id, out var rule) && (only.Length == 0 || only.Contains(g.Id)) ? g with { ComputedBy = rule } : g)];
        return this;
    }

    public DataSetBuilder WithSlo(string id, string pillar, decimal objective)
    {
        slos.Add(new Slo(id, pillar, $"SLO {id}", objective, ""));
        return this;
    }

    public DataSetBuilder WithSloDay(string date, string slo, long good, long total)
    {
        sloDays.Add(new SloDay(Date(date), slo, good, total, ""));
        return this;
    }

    /// <summary>The same result for an SLO on every day from <paramref name="first"/> through <paramref name="last"/>.</summary>
    public DataSetBuilder WithSloDays(string first, string last, string slo, long good, long total)
    {
        for (var day = Date(first); day <= Date(last); day = day.AddDays(1))
        {
            sloDays.Add(new SloDay(day, slo, good, total, ""));
        }

        return this;
    }

    /// <param name="finished">A date, or a timestamp with Z or an offset.</param>
    public DataSetBuilder WithRun(string check, string finished, CiResult result, bool required = true)
    {
        var instant = finished.Length == 10
            ? new DateTimeOffset(Date(finished).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero)
            : DateTimeOffset.Parse(finished, CultureInfo.InvariantCulture).ToUniversalTime();
        ciRuns.Add(new CiRun(check, instant, result, required, "", null));
        return this;
    }

    public DataSetBuilder WithEvent(string date, EventKind kind, EventOutcome outcome)
    {
        events.Add(new OperationalEvent(Date(date), kind, outcome, $"{kind} on {date}", null, ""));
        return this;
    }

    public DataSetBuilder WithEvidencePolicy(Func<EvidencePolicy, EvidencePolicy> change)
    {
        policy = policy with { Evidence = change(policy.Evidence) };
        return this;
    }

    public ReliabilityData Build() => new(
        [.. rubric],
        policy,
        [.. gates],
        [.. scores.OrderBy(s => s.WeekOf)],
        [.. gateResults],
        [.. incidents],
        [.. findings],
        [.. decisions])
    {
        Evidence = new EvidenceData([.. slos], [.. sloDays], [.. ciRuns], [.. events]),
    };

    /// <summary>Builds and evaluates: what most tests want to look at.</summary>
    public ProgramReport Evaluate() => ProgramEvaluator.Evaluate(Build());

    /// <summary>Builds, evaluates and returns the latest week's result.</summary>
    public WeekResult EvaluateLatest() => Evaluate().Latest ?? throw new InvalidOperationException("no scored week");

    public static Category Category(string key, string name, int weight) => new(key, name, weight, ["", "", "", "", ""]);

    private string LatestWeek => lastWeek is { } week ? Iso(week) : throw new InvalidOperationException("add a week first");

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
