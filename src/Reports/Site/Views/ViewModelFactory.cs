using Reports.Domain;
using Reports.Preview;
using Reports.Rendering.Charts;
using Reports.Rendering.Markdown;
using Reports.Rendering.Templates;
using Reports.Scoring;
using Reports.Scoring.Review;
using Reports.Site.Models;

namespace Reports.Site.Views;

/// <summary>
/// Turns the evaluated program into what the pages show: every number formatted, every Markdown cell rendered
/// through the safe pipeline, every link checked. Rows shared by many pages (incidents, findings) are built once.
/// </summary>
/// <remarks>Thread-safe after construction: weekly reports are built in parallel.</remarks>
public sealed partial class ViewModelFactory
{
    /// <summary>Chart tables longer than this sit in a closed &lt;details&gt;.</summary>
    public const int LongTableRows = 12;

    private readonly ProgramReport report;
    private readonly IReadOnlyDictionary<DateOnly, Narrative> narratives;
    private readonly Dictionary<string, IncidentRow> incidentRows;
    private readonly Dictionary<string, FindingRow> findingRows;
    private readonly Incident[] incidentOrder;
    private readonly Finding[] findingOrder;
    private readonly int openIncidents;
    private readonly int openFindings;
    private readonly IReadOnlyDictionary<string, string> gateAnchors;
    private readonly WeekLink[] weekLinks;
    private readonly MarkdownCache? markdown;
    private readonly ChecklistViews checklists;
    private readonly EvidenceViews evidence;
    private readonly RowDays days;
    private readonly PillarViews pillars;

    /// <param name="narratives">Each week's narrative, already rendered by the safe Markdown pipeline, by week.</param>
    /// <param name="markdownCache">Remembers converted cells across rebuilds; without one every cell is converted.</param>
    public ViewModelFactory(ProgramReport report, IReadOnlyDictionary<DateOnly, Narrative> narratives, MarkdownCache? markdownCache = null)
    {
        markdown = markdownCache;
        this.report = report;
        this.narratives = narratives;
        gateAnchors = FragmentIds.Assign(report.Data.Gates.Select(g => g.Id));
        incidentOrder = [.. OpenFirst(report.Data.Incidents)];
        findingOrder = [.. OpenFirst(report.Data.Findings)];
        openIncidents = incidentOrder.Count(i => i.Resolved is null);
        openFindings = findingOrder.Count(f => f.Closed is null);
        IncidentPages = new RowPages("incidents/", incidentOrder.Length);
        FindingPages = new RowPages("findings/", findingOrder.Length);
        days = new RowDays(report.Latest?.WeekOf);
        evidence = new EvidenceViews(report, gateAnchors, Block);
        pillars = new PillarViews(report, evidence.SloHref);
        incidentRows = BuildIncidentRows(report.Data.Incidents);
        findingRows = BuildFindingRows(report.Data.Findings);
        weekLinks = report.Weeks.Select(ToWeekLink).ToArray();
        checklists = new ChecklistViews(HrefOf, Block);
    }

    /// <summary>How the incidents table is spread over pages; each incident row links to its place there.</summary>
    public RowPages IncidentPages { get; }

    /// <summary>How the findings table is spread over pages; each finding row links to its place there.</summary>
    public RowPages FindingPages { get; }

    public static string WeekHref(DateOnly week) => "weeks/" + Format.Date(week) + "/";

    public IReadOnlyList<WeekLink> WeekLinks => weekLinks;

    /// <summary>The weeks before and after a week, as its report links to them.</summary>
    private (WeekLink? Previous, WeekLink? Next) Neighbours(int index) =>
        (index > 0 ? weekLinks[index - 1] : null, index + 1 < weekLinks.Length ? weekLinks[index + 1] : null);

    private Narrative? NarrativeOf(DateOnly week) => narratives.GetValueOrDefault(week);

    /// <summary>
    /// A weekly report's model: made from the week's result, the data's incidents, findings and gates, and
    /// <see cref="Neighbours"/> and <see cref="NarrativeOf"/>; nothing else.
    /// </summary>
    public WeekReportModel Week(int index)
    {
        var week = report.Weeks[index];
        var (previousWeek, nextWeek) = Neighbours(index);
        var narrative = NarrativeOf(week.WeekOf);
        var gates = WeekGates(index);
        return new WeekReportModel(
            WeekOf: Format.Date(week.WeekOf),
            Href: WeekHref(week.WeekOf),
            Phase: week.Phase,
            PhaseName: Phases.Name(week.Phase),
            Total: Format.Points(week.Total),
            TotalDelta: Format.PointsDelta(week.TotalDelta),
            TotalDeltaCss: Format.DeltaCss(week.TotalDelta),
            PreviousTotal: week.PreviousTotal is decimal previous ? Format.Points(previous) : "",
            WeightSum: week.Categories.Sum(c => c.Category.Weight),
            Categories: WeekCategories(index),
            Decision: Chips.Decision(week.Decision),
            DecisionText: DecisionText(week),
            Trace: week.Trace.Select(t => ToTraceRow(t, week)).ToArray(),
            RecordedDecision: week.Recorded is { } recorded ? RecordedText(recorded) : null,
            Discrepancy: string.IsNullOrWhiteSpace(week.Discrepancy) ? null : week.Discrepancy,
            NoGo: week.NoGo.Select(ToConditionRow).ToArray(),
            FreezeTriggers: week.FreezeTriggers.Select(ToConditionRow).ToArray(),
            PhaseGates: gates.Where(g => g.Phase == week.Phase).ToArray(),
            OtherGates: gates.Where(g => g.Phase != week.Phase).ToArray(),
            Incidents: week.OpenIncidents.Select(i => incidentRows[i.Id]).ToArray(),
            Findings: week.UnresolvedFindings.Select(f => findingRows[f.Id]).ToArray(),
            Uplift: ToUpliftView(week.Uplift),
            NarrativeHtml: narrative is null ? null : new TrustedHtml(narrative.Html),
            Summary: narrative?.Summary,
            Previous: previousWeek,
            Next: nextWeek,
            Evidence: evidence.Week(week),
            NarrativeSetsUplift: narrative is not null && UpliftHeading().IsMatch(narrative.Html))
        {
            Checklist = checklists.Of(week.Review),
            Outlook = week.Review.TimeInPhase is { } time
                ? new OutlookView(
                    ReviewSentences.TimeInPhase(time),
                    time.PastTarget,
                    week.Phase == Phases.FeatureReentry ? "Freeze margin" : "Forecast",
                    ReviewSentences.Outlook(week.Review, week, report.Data.Policy))
                : null,
        };
    }

    /// <summary>A heading of the review's notes about uplift ("Next-week uplift targets").</summary>
    [System.Text.RegularExpressions.GeneratedRegex("<h[1-6][^>]*>[^<]*uplift", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex UpliftHeading();

    public HomeModel Home(SiteChartSet charts)
    {
        var latest = report.Weeks.Count == 0 ? null : Week(report.Weeks.Count - 1);
        var conditions = report.Latest is { } last ? last.NoGo.Concat(last.FreezeTriggers).Select(ToConditionRow).ToArray() : [];
        return new HomeModel(
            Latest: latest,
            ActiveConditions: conditions.Where(c => c.IsActive).ToArray(),
            NotMeasuredConditions: conditions.Where(c => c.IsNotMeasured).ToArray(),
            OpenCriticalIncidents: report.Data.Incidents.Where(i => i.Resolved is null && i.Severity == Severity.Sev1).Select(i => incidentRows[i.Id]).ToArray(),
            OpenUrgentFindings: report.Data.Findings.Where(f => f.Closed is null && f.Priority <= Priority.P1).Select(f => findingRows[f.Id]).ToArray(),
            TotalTrend: ToChartView(charts.TotalTrend),
            WeekCount: report.Weeks.Count);
    }

    public SlosModel Slos(EvidenceChartSet charts) => evidence.Slos(charts);

    public CiModel Ci(EvidenceChartSet charts) => evidence.Ci(charts);

    public WeeksIndexModel WeeksIndex() => new(weekLinks.Reverse().ToArray()) { Csv = weekLinks.Length > 0 ? SiteTables.WeeksLink : null };

    public static TrendsModel Trends(SiteChartSet charts) => new(
        ToChartView(charts.TotalTrend),
        charts.CategoryTrends.Select(ToChartView).ToArray(),
        ToChartView(charts.Heatmap),
        ToChartView(charts.IncidentsBySeverity),
        ToChartView(charts.DaysToResolve));

    public GatesModel Gates()
    {
        var gates = report.Data.Gates;
        var latest = report.Latest;
        var definitions = gates.Select(g => ToGateDefinition(g, latest)).ToArray();
        var matrix = report.Weeks.Reverse().Select(w =>
        {
            var byGate = w.Gates.ToDictionary(s => s.Gate.Id, s => s.Status, StringComparer.Ordinal);
            var cells = gates.Select(g => (byGate.TryGetValue(g.Id, out var status) ? status : GateStatus.Unknown) is var known
                && known == GateStatus.Unknown && g.Phase != w.Phase ? Chips.OtherPhaseGate : Chips.Gate(known)).ToArray();
            return new GateMatrixRow(Format.Date(w.WeekOf), WeekHref(w.WeekOf), w.Phase, cells);
        }).ToArray();
        return new GatesModel(definitions, matrix, matrix.Length > 26) { MatrixCsv = matrix.Length > 0 ? SiteTables.GateMatrixLink : null };
    }

    /// <summary>Page <paramref name="page"/> (from 1) of the incidents table: open ones first, most severe first, then the most recently resolved.</summary>
    public IncidentsModel Incidents(int page)
    {
        var open = openIncidents;
        var rows = Slice(incidentOrder, page).Select(i => incidentRows[i.Id]).ToArray();
        var openHere = Math.Clamp(open - RowPages.Rows(page).Start.Value, 0, rows.Length);
        return new IncidentsModel(rows[..openHere], rows[openHere..], open, incidentOrder.Length - open, IncidentPages.Pager(page))
        {
            Csv = incidentOrder.Length > 0 ? SiteTables.IncidentsLink : null,
        };
    }

    /// <summary>Page <paramref name="page"/> (from 1) of the findings table: unresolved ones first, highest priority first, then the most recently closed.</summary>
    public FindingsModel Findings(int page)
    {
        var open = openFindings;
        var rows = Slice(findingOrder, page).Select(f => findingRows[f.Id]).ToArray();
        var openHere = Math.Clamp(open - RowPages.Rows(page).Start.Value, 0, rows.Length);
        return new FindingsModel(rows[..openHere], rows[openHere..], open, findingOrder.Length - open, FindingPages.Pager(page))
        {
            Csv = findingOrder.Length > 0 ? SiteTables.FindingsLink : null,
        };
    }

    /// <summary>Every incident row in the incidents table's order, all pages: what its CSV file holds.</summary>
    public IEnumerable<IncidentRow> IncidentRowsInOrder => incidentOrder.Select(i => incidentRows[i.Id]);

    /// <summary>Every finding row in the findings table's order, all pages: what its CSV file holds.</summary>
    public IEnumerable<FindingRow> FindingRowsInOrder => findingOrder.Select(f => findingRows[f.Id]);

    /// <summary>The pillars' keys, in the policy's order: one page each.</summary>
    public IReadOnlyList<string> PillarKeys => pillars.Keys;

    /// <summary>The root-relative address of a pillar's page (<c>pillars/&lt;key&gt;/</c>).</summary>
    public string PillarHref(string pillar) => pillars.Href(pillar) ?? throw new ArgumentException("Not a pillar of the policy: " + pillar, nameof(pillar));

    public PillarsModel Pillars() => pillars.Index(report.Data.Incidents, report.Data.Findings);

    /// <summary>A pillar's page: its SLOs, and its incidents and findings in their tables' order, each linking to its row there.</summary>
    public PillarModel Pillar(string key) => pillars.Page(
        key,
        [.. incidentOrder.Where(i => i.Pillar == key).Select(i => incidentRows[i.Id])],
        [.. findingOrder.Where(f => f.Pillar == key).Select(f => findingRows[f.Id])]);

    private static ArraySegment<T> Slice<T>(T[] rows, int page)
    {
        var range = RowPages.Rows(page);
        var start = Math.Min(range.Start.Value, rows.Length);
        return new ArraySegment<T>(rows, start, Math.Min(range.End.Value, rows.Length) - start);
    }

    /// <summary>The incidents table's order, which decides the page each row is on.</summary>
    private static IEnumerable<Incident> OpenFirst(IReadOnlyList<Incident> incidents) =>
        incidents.Where(i => i.Resolved is null).OrderBy(i => i.Severity).ThenBy(i => i.Opened)
            .Concat(incidents.Where(i => i.Resolved is not null).OrderByDescending(i => i.Resolved).ThenBy(i => i.Severity));

    /// <summary>The findings table's order, which decides the page each row is on.</summary>
    private static IEnumerable<Finding> OpenFirst(IReadOnlyList<Finding> findings) =>
        findings.Where(f => f.Closed is null).OrderBy(f => f.Priority).ThenBy(f => f.Opened)
            .Concat(findings.Where(f => f.Closed is not null).OrderByDescending(f => f.Closed).ThenBy(f => f.Priority));

    public MethodologyModel Methodology()
    {
        var data = report.Data;
        var policy = data.Policy;
        var rubric = data.Rubric.Select(c => new RubricRow(
            c.Key,
            c.Name,
            c.Weight,
            Format.Points(c.PointsPerLevel),
            c.Levels.Select(Inline).ToArray())).ToArray();
        ThresholdRow[] thresholds =
        [
            new("Hardening completion (milestone shown in phase 1)", "total \u2265 " + Format.Threshold(policy.HardeningCompleteTotal), "hardening_complete_total"),
            new(
                "Enter the validation window (leave phase 1)",
                MinimumRule(policy.EnterValidationTotal, policy.EnterValidationMinCategory) + ", every phase-1 gate passes and no No-Go condition is active",
                "enter_validation_total, enter_validation_min_category"),
            new(
                "Enter feature re-entry (leave phase 2)",
                MinimumRule(policy.EnterReentryTotal, policy.EnterReentryMinCategory) + ", every phase-2 gate passes and no No-Go condition is active",
                "enter_reentry_total, enter_reentry_min_category"),
            new(
                "Freeze (checked every week in phase 3)",
                "total < " + Format.Threshold(policy.FreezeTotal) + ", or any category < " + Format.Integer(policy.FreezeMinCategory)
                    + ", or an open Sev-1 incident, or an unresolved P0 finding; the next week returns to phase " + Format.Integer(policy.FreezeReturnsToPhase),
                "freeze_total, freeze_min_category, freeze_returns_to_phase"),
        ];
        var phaseNumbers = new[] { 1, 2, 3 }.Union(data.Gates.Select(g => g.Phase)).Order().ToArray();
        var phases = phaseNumbers.Select(p => new PhaseView(
            p,
            Phases.Name(p),
            ExitRule(p, policy),
            data.Gates.Where(g => g.Phase == p).Select(g => ToGateDefinition(g, null)).ToArray())).ToArray();
        return new MethodologyModel(
            ["Missing", "Ad hoc", "Baseline", "Strong", "Production-grade"],
            rubric,
            data.Rubric.Sum(c => c.Weight),
            thresholds,
            phases,
            report.Latest is { } latest ? latest.NoGo.Select(ToConditionRow).ToArray() : [],
            policy.Pillars,
            policy.StartPhase,
            policy.FreezeReturnsToPhase);
    }

    public static ChartView ToChartView(Chart chart)
    {
        var (width, height) = SvgSize.Of(chart.Svg);
        return new(
        chart.Slug,
        "charts/" + chart.Slug + ".svg",
        chart.Title,
        chart.AltText,
        width,
        height,
        chart.Table.Headers,
        chart.Table.Rows,
        ChartRows.Html(chart.Table),
        chart.Table.Rows.Count > LongTableRows,
        Narrow(chart),
        chart.IsEmpty,
        chart.Table.Rows.Count > 0 ? chart.CsvPath : "");
    }

    private static ChartVariant? Narrow(Chart chart)
    {
        if (chart.NarrowSvg.Length == 0)
        {
            return null;
        }

        var (width, height) = SvgSize.Of(chart.NarrowSvg);
        return new(Chart.NarrowFolder + chart.Slug + ".svg", width, height);
    }

    /// <summary>Where the site shows the evidence of a record a review line cites.</summary>
    private string? HrefOf(ReviewRef reference) => reference.Kind switch
    {
        ReviewRefKind.Gate => gateAnchors.TryGetValue(reference.Id, out var gate) ? "gates/#" + gate : null,
        ReviewRefKind.Incident => incidentRows.TryGetValue(reference.Id, out var incident) ? incident.Href : null,
        ReviewRefKind.Finding => findingRows.TryGetValue(reference.Id, out var finding) ? finding.Href : null,
        ReviewRefKind.Slo => evidence.SloHref(reference.Id),
        _ => null,
    };

    /// <summary>Markdown from a data file (rationale, evidence, summary) as safe HTML blocks; null when the cell is blank.</summary>
    private TrustedHtml? Block(string text) =>
        string.IsNullOrWhiteSpace(text) ? null : new(markdown is null ? SafeMarkdown.ToHtml(text) : markdown.ToHtml(text)) { Markdown = text };

    /// <summary>Short Markdown (a level descriptor, a gate's criteria) without its paragraph, to sit inside a sentence.</summary>
    private TrustedHtml Inline(string text) => new(markdown is null ? SafeMarkdown.ToInlineHtml(text) : markdown.ToInlineHtml(text));

    private static string MinimumRule(decimal total, int minCategory) =>
        "total \u2265 " + Format.Threshold(total) + " and every category \u2265 " + Format.Integer(minCategory);

    private static string ExitRule(int phase, Policy policy) => phase switch
    {
        1 => MinimumRule(policy.EnterValidationTotal, policy.EnterValidationMinCategory) + ", every phase-1 gate passes, no No-Go condition active",
        2 => MinimumRule(policy.EnterReentryTotal, policy.EnterReentryMinCategory) + ", every phase-2 gate passes, no No-Go condition active",
        _ => "Ongoing: no exit. A freeze trigger sends the project back to phase " + Format.Integer(policy.FreezeReturnsToPhase) + ".",
    };

    /// <summary>"Stay in Phase 1 (Metric Hardening)": the plan's words plus the phase the project is in next.</summary>
    public static string DecisionText(WeekResult week) =>
        Phases.DescribeDecision(week.Decision, week.Phase, week.NextPhase) + " (" + Phases.Name(week.NextPhase) + ")";

    private static string RecordedText(RecordedDecision recorded) =>
        string.IsNullOrWhiteSpace(recorded.Note)
            ? Chips.DecisionCode(recorded.Decision)
            : Chips.DecisionCode(recorded.Decision) + " — " + recorded.Note.TrimEnd('.');

    private WeekLink ToWeekLink(WeekResult week) => new(
        Format.Date(week.WeekOf),
        WeekHref(week.WeekOf),
        Format.Points(week.Total),
        "Phase " + Format.Integer(week.Phase),
        Chips.Decision(week.Decision));

    /// <summary>A week's scorecard rows, as its report and its <c>scorecard.csv</c> show them.</summary>
    public CategoryRow[] WeekCategories(int index) => [.. report.Weeks[index].Categories.Select(ToCategoryRow)];

    /// <summary>A week's gate rows in gate order, as its report and its <c>gates.csv</c> show them.</summary>
    public GateRow[] WeekGates(int index) => [.. report.Weeks[index].Gates.Select(g => ToGateRow(g))];

    private CategoryRow ToCategoryRow(CategoryResult category) => new(
        category.Category.Key,
        category.Category.Name,
        category.Category.Weight,
        category.Score,
        Format.Points(category.Points),
        "bar-" + Format.Integer(Math.Clamp(category.Score, 0, 4)),
        Format.LevelDelta(category.Delta),
        Format.DeltaCss(category.Delta),
        category.PreviousScore is int previous ? Format.Integer(previous) + "\u2192" + Format.Integer(category.Score) : "",
        Block(category.Rationale));

    /// <summary>
    /// A rule of the decision's trace. A condition the project keeps no data for blocks like a failure, but says
    /// "not measured" rather than "not met"; a detail that repeats the rule's name drops it.
    /// </summary>
    private static TraceRow ToTraceRow(TraceStep step, WeekResult week)
    {
        var notMeasured = week.NoGo.Concat(week.FreezeTriggers)
            .Any(c => c.State == ConditionState.NotMeasured && string.Equals(c.Code, step.Rule, StringComparison.Ordinal));
        return new TraceRow(
            step.Rule,
            notMeasured ? Chips.Condition(ConditionState.NotMeasured) : Chips.Rule(step.Passed),
            RuleWording.Detail(step),
            RuleWording.Name(step, week),
            RuleWording.Code(step, week));
    }

    internal static ConditionRow ToConditionRow(Condition condition) => new(
        condition.Code,
        condition.Description,
        Chips.Condition(condition.State),
        condition.Detail,
        condition.State == ConditionState.Active,
        condition.State == ConditionState.NotMeasured);

    private GateRow ToGateRow(GateState state) => new(
        state.Gate.Id,
        state.Gate.Name,
        state.Gate.Phase,
        Chips.Gate(state.Status),
        Block(state.Evidence),
        SafeLink.Accept(state.Link),
        SafeLink.Rejected(state.Link),
        "gates/#" + gateAnchors[state.Gate.Id]);

    private GateDefinitionView ToGateDefinition(GateDefinition gate, WeekResult? latest)
    {
        var status = latest?.Gates.FirstOrDefault(s => string.Equals(s.Gate.Id, gate.Id, StringComparison.Ordinal))?.Status ?? GateStatus.Unknown;
        return new GateDefinitionView(gate.Id, gateAnchors[gate.Id], gate.Phase, Phases.Name(gate.Phase), gate.Name, Inline(gate.Criteria), Chips.Gate(status));
    }

    private UpliftView ToUpliftView(UpliftPlan plan)
    {
        var steps = plan.Steps.Select(s => s.Category.ShortLabel + " " + Format.Integer(s.From) + "\u2192" + Format.Integer(s.To)).ToArray();
        var summary = plan.AlreadyMet ? "" : string.Join(", ", steps) + " \u2192 " + Format.Points(plan.ResultingTotal);
        return new UpliftView(
            plan.TargetName.Length > 0 ? char.ToUpperInvariant(plan.TargetName[0]) + plan.TargetName[1..] : plan.TargetName,
            MinimumRule(plan.TargetTotal, plan.TargetMinCategory),
            Format.Points(plan.Distance),
            plan.AlreadyMet,
            steps,
            summary,
            Format.Points(plan.ResultingTotal));
    }

    private Dictionary<string, IncidentRow> BuildIncidentRows(IReadOnlyList<Incident> incidents)
    {
        var anchors = FragmentIds.Assign(incidents.Select(i => i.Id));
        var position = IndexById(incidentOrder.Select(i => i.Id));
        return incidents.ToDictionary(
            i => i.Id,
            i => new IncidentRow(
                i.Id,
                anchors[i.Id],
                IncidentPages.RowHref(position[i.Id], anchors[i.Id]),
                Chips.SeverityLabel(i.Severity),
                i.Severity == Severity.Sev1,
                i.Pillar,
                i.Title,
                Format.Date(i.Opened),
                i.Resolved is DateOnly resolved ? Format.Date(resolved) : "",
                Chips.Incident(i.Resolved is null),
                i.Resolved is DateOnly end ? Format.Days(end.DayNumber - i.Opened.DayNumber) : "",
                Block(i.Summary),
                SafeLink.Accept(i.Link),
                SafeLink.Rejected(i.Link))
            {
                IncidentClass = i.Class ?? "",
                Owner = i.Owner ?? "",
                PillarHref = pillars.Href(i.Pillar) ?? "",
                Age = Days(days.Age(i.Opened, i.Resolved)),
            },
            StringComparer.Ordinal);
    }

    private Dictionary<string, FindingRow> BuildFindingRows(IReadOnlyList<Finding> findings)
    {
        var anchors = FragmentIds.Assign(findings.Select(f => f.Id));
        var position = IndexById(findingOrder.Select(f => f.Id));
        return findings.ToDictionary(
            f => f.Id,
            f => new FindingRow(
                f.Id,
                anchors[f.Id],
                FindingPages.RowHref(position[f.Id], anchors[f.Id]),
                f.Title,
                Chips.PriorityLabel(f.Priority),
                f.Source,
                Chips.Finding(f.Status),
                Format.Date(f.Opened),
                f.Closed is DateOnly closed ? Format.Date(closed) : "",
                Block(f.Evidence))
            {
                Owner = f.Owner ?? "",
                Pillar = f.Pillar ?? "",
                PillarHref = pillars.Href(f.Pillar) ?? "",
                Age = Days(days.Age(f.Opened, f.Closed)),
                Due = f.Due is DateOnly due ? Format.Date(due) : "",
                DueNote = days.DueNote(f),
                IsOverdue = days.IsOverdue(f),
                DaysToClose = Days(RowDays.DaysToClose(f.Opened, f.Closed)),
            },
            StringComparer.Ordinal);
    }

    private static string Days(int? days) => days is int n ? Format.Days(n) : "";

    /// <summary>Each id's row in its table's order (ids are unique: the data checks them).</summary>
    private static Dictionary<string, int> IndexById(IEnumerable<string> ids) =>
        ids.Select((id, i) => (id, i)).ToDictionary(p => p.id, p => p.i, StringComparer.Ordinal);
}
