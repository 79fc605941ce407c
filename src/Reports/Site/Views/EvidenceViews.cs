using System.Globalization;
using Reports.Domain;
using Reports.Rendering.Charts;
using Reports.Rendering.Templates;
using Reports.Scoring;
using Reports.Scoring.Evidence;
using Reports.Site.Models;

namespace Reports.Site.Views;

/// <summary>
/// What the evidence pages (<c>/slos/</c>, <c>/ci/</c>) and the evidence part of each weekly report show: the rules'
/// verdicts from <see cref="WeekEvidence"/> and the gates, formatted, with links to the section that proves each.
/// Nothing is decided here; every verdict comes from the scoring rules.
/// </summary>
public sealed class EvidenceViews
{
    public const string SloPage = "slos/";
    public const string CiPage = "ci/";

    /// <summary>How many of the smoke check's latest required runs the CI page lists.</summary>
    private const int SmokeRunsShown = 10;

    private readonly ProgramReport report;
    private readonly EvidenceIndex evidence;
    private readonly EvidencePolicy policy;
    private readonly Func<string, TrustedHtml?> block;
    private readonly IReadOnlyDictionary<string, string> gateAnchors;
    private readonly IReadOnlyDictionary<string, string> sloAnchors;
    private readonly IReadOnlyDictionary<string, string> checkAnchors;

    /// <param name="block">Markdown from a data file as safe HTML (an SLO's description, an event's note).</param>
    public EvidenceViews(ProgramReport report, IReadOnlyDictionary<string, string> gateAnchors, Func<string, TrustedHtml?> block)
    {
        ArgumentNullException.ThrowIfNull(report);
        this.report = report;
        this.gateAnchors = gateAnchors;
        this.block = block;
        evidence = EvidenceIndex.From(report.Data);
        policy = report.Data.Policy.Evidence;
        sloAnchors = FragmentIds.Assign(evidence.Slos.Select(s => "slo-" + s.Id));
        checkAnchors = FragmentIds.Assign(Checks.Select(c => "check-" + c));
    }

    /// <summary>The required checks, then the nightly check when it is not one of them.</summary>
    private IEnumerable<string> Checks => policy.RequiredChecks.Append(policy.NightlyCheck).Distinct(StringComparer.Ordinal);

    private bool HasSlos => evidence.Slos.Count > 0;

    private bool HasEvents => evidence.Events.Count > 0;

    /// <summary>Where an SLO's numbers are on the SLO page; the page's list of unknowns for an id it does not know.</summary>
    public string SloHref(string sloId) =>
        SloPage + "#" + (sloAnchors.TryGetValue("slo-" + sloId, out var anchor) ? anchor : "unknown");

    public SlosModel Slos(EvidenceChartSet charts)
    {
        ArgumentNullException.ThrowIfNull(charts);
        var latest = report.Latest;
        var rows = latest is null ? [] : SloRows(latest, charts.SloAttainment);
        var lastWindow = report.Weeks.LastOrDefault(w => w.Evidence.ValidationWindow is not null);
        string? validation = lastWindow?.Evidence.ValidationWindow is DayRange window
            ? window + " (" + Format.Days(window.Days) + ")" + (ReferenceEquals(lastWindow, latest)
                ? ", the current validation window"
                : ", the last validation window: the week of " + Format.Date(lastWindow.WeekOf) + " was the last in phase 2")
            : null;
        return new SlosModel(
            Measured: HasSlos,
            WeekOf: latest is null ? "" : Format.Date(latest.WeekOf),
            WeekHref: latest is null ? "" : ViewModelFactory.WeekHref(latest.WeekOf),
            Window: latest is null ? "" : DayRange.Ending(latest.WeekOf, policy.SloWindowDays) + " (" + Format.Days(policy.SloWindowDays) + ")",
            ValidationWindow: validation,
            Slos: rows,
            Unknown: [.. rows.Where(r => r.Status.Text == "unknown")],
            PillarsWithoutSlo: [.. report.Data.Policy.Pillars.Where(p => !evidence.Slos.Any(s => s.Pillar == p))],
            ConsecutiveMiss: latest?.NoGo.FirstOrDefault(c => c.Code == "slo-consecutive-miss") is { } miss ? ViewModelFactory.ToConditionRow(miss) : null,
            Gates: latest is null ? [] : GateRows(latest, EvidenceRule.SloAttainment, EvidenceRule.ErrorBudget),
            BudgetBurn: ViewModelFactory.ToChartView(charts.BudgetBurn),
            BurnMax: EvidenceText.Limit(policy.ErrorBudgetBurnMax),
            ObjectiveWindowDays: Format.Days(policy.SloWindowDays))
        {
            Csv = rows.Length > 0 ? SiteTables.SlosLink : null,
        };
    }

    public CiModel Ci(EvidenceChartSet charts)
    {
        ArgumentNullException.ThrowIfNull(charts);
        var latest = report.Latest;
        var smokeRuns = latest is null ? [] : evidence.RunsBackFrom(policy.SmokeCheck, latest.WeekOf, r => r.Required).Take(SmokeRunsShown).Select(ToRunRow).ToArray();
        return new CiModel(
            Measured: evidence.HasRuns,
            EventsMeasured: HasEvents,
            WeekOf: latest is null ? "" : Format.Date(latest.WeekOf),
            WeekHref: latest is null ? "" : ViewModelFactory.WeekHref(latest.WeekOf),
            Checks: latest is null || !evidence.HasRuns ? [] : CheckRows(latest.WeekOf),
            SmokeCheck: policy.SmokeCheck,
            SmokeStreak: latest?.Evidence.Ci.SmokeFailuresInARow ?? 0,
            SmokeLimit: policy.SmokeConsecutiveFailures,
            SmokeCondition: latest?.NoGo.FirstOrDefault(c => c.Code == "smoke-e2e-failing") is { } smoke ? ViewModelFactory.ToConditionRow(smoke) : null,
            SmokeRuns: smokeRuns,
            FlakeRate: ViewModelFactory.ToChartView(charts.FlakeRate),
            FlakeRateMax: EvidenceText.Limit(policy.FlakeRateMax),
            FlakeWindowRuns: policy.FlakeWindowRuns,
            RecentDays: policy.CiRecentDays,
            Gates: latest is null ? [] : GateRows(latest, EvidenceRule.CiMinimums, EvidenceRule.OperationalReadiness),
            Cadence: latest is null ? [] : CadenceRows(latest.WeekOf),
            Events: [.. evidence.Events.Reverse().Select(ToEventRow)])
        {
            ChecksCsv = latest is not null && evidence.HasRuns ? SiteTables.CiChecksLink : null,
            EventsCsv = HasEvents ? SiteTables.EventsLink : null,
        };
    }

    /// <summary>The evidence part of one weekly report.</summary>
    public WeekEvidenceView Week(WeekResult week)
    {
        ArgumentNullException.ThrowIfNull(week);
        var gates = GateRows(week, Enum.GetValues<EvidenceRule>());
        var window = week.Evidence.ValidationWindow;
        return new WeekEvidenceView(
            Any: HasSlos || evidence.HasRuns || HasEvents,
            SloWindow: DayRange.Ending(week.WeekOf, policy.SloWindowDays).ToString(),
            Window: window is DayRange w
                ? w + ": day " + Format.Integer(w.Days) + " of the plan's " + Format.Integer(policy.ValidationWindowMinDays) + "–" + Format.Integer(policy.ValidationWindowMaxDays)
                : null,
            WindowNote: window is DayRange d ? WindowNote(d.Days) : null,
            Slos: SloRows(week, null),
            SmokeStreak: evidence.HasRuns
                ? Runs(week.Evidence.Ci.SmokeFailuresInARow) + " of " + policy.SmokeCheck + " failed in a row ("
                    + Format.Integer(policy.SmokeConsecutiveFailures) + " make the No-Go active)"
                : null,
            SmokeActive: week.ActiveNoGoCodes.Contains("smoke-e2e-failing"),
            Checks: evidence.HasRuns ? CheckRows(week.WeekOf) : [],
            Cadence: CadenceRows(week.WeekOf),
            Gates: gates,
            Blockers: [.. gates.Where(g => g.Blocks && g.Phase == week.Phase)]);
    }

    private string WindowNote(int days) =>
        days < policy.ValidationWindowMinDays ? "short of the " + Format.Days(policy.ValidationWindowMinDays) + " minimum"
        : days > policy.ValidationWindowMaxDays ? "past the " + Format.Days(policy.ValidationWindowMaxDays) + " target"
        : "within the target";

    private SloRow[] SloRows(WeekResult week, IReadOnlyList<Chart>? charts) =>
        [.. week.Evidence.Slos.Select((s, i) =>
        {
            var slo = s.Window.Slo;
            var anchor = sloAnchors["slo-" + slo.Id];
            return new SloRow(
                slo.Id,
                anchor,
                SloPage + "#" + anchor,
                slo.Name,
                slo.Pillar,
                EvidenceText.Limit(slo.Objective),
                s.Window.Attainment is decimal a ? EvidenceText.Percent(a, slo.Objective, MidpointRounding.ToNegativeInfinity) : "no traffic",
                SloChip(s.Status),
                s.Window.UnknownDays.Count == 0 ? "" : Format.Days(s.Window.UnknownDays.Count),
                Burn(s.Burn),
                s.Burn is { } burn && burn.Exceeds(policy.ErrorBudgetBurnMax),
                block(slo.Description),
                charts is not null && i < charts.Count ? ViewModelFactory.ToChartView(charts[i]) : null);
        })];

    private string Burn(BudgetBurn? burn) => burn switch
    {
        null => "none (no validation window)",
        { IsInfinite: true } => "over any limit (zero budget)",
        { } b => EvidenceText.Percent(b.Percent!.Value, policy.ErrorBudgetBurnMax, MidpointRounding.ToPositiveInfinity),
    };

    private CiCheckRow[] CheckRows(DateOnly weekOf)
    {
        var recent = DayRange.Ending(weekOf, policy.CiRecentDays);
        var nightlyRange = DayRange.Ending(weekOf, policy.NightlyMaxAgeDays);
        return [.. Checks.Select(check =>
        {
            var required = policy.RequiredChecks.Contains(check, StringComparer.Ordinal);
            var last = evidence.RunsBackFrom(check, weekOf, _ => true).FirstOrDefault();
            var lastText = last is null ? "none" : Format.Date(last.FinishedOn) + " " + ResultText(last.Result);
            var anchor = checkAnchors["check-" + check];
            if (!required)
            {
                var ran = evidence.RunsBackFrom(check, weekOf, _ => true).TakeWhile(r => nightlyRange.Contains(r.FinishedOn)).Count();
                return new CiCheckRow(check, anchor, CiPage + "#" + anchor, "nightly", lastText, Runs(ran) + " in " + nightlyRange, "", "", Chips.Gate(ran > 0 ? GateStatus.Pass : GateStatus.Fail));
            }

            var state = RequiredCheckState.Of(check, weekOf, policy, evidence);
            var (runs, flaky) = (state.Runs, state.Flaky);
            return new CiCheckRow(
                check,
                anchor,
                CiPage + "#" + anchor,
                "required",
                lastText,
                Runs(state.RecentRuns) + " in " + recent,
                Format.Integer(flaky) + " flaky of " + Format.Integer(runs) + (runs < policy.FlakeWindowRuns ? " (needs " + Format.Integer(policy.FlakeWindowRuns) + ")" : ""),
                runs == 0 ? "no runs" : EvidenceText.Percent(100m * flaky / runs, policy.FlakeRateMax, MidpointRounding.ToPositiveInfinity),
                Chips.Gate(state.Status));
        })];
    }

    private static string Runs(int count) => count == 1 ? "1 run" : Format.Integer(count) + " runs";

    private CadenceRow[] CadenceRows(DateOnly weekOf)
    {
        if (!HasEvents)
        {
            return [];
        }

        var overdue = CadenceRule.Overdue(weekOf, policy, evidence);
        return [.. new[] { (EventKind.RollbackDrill, "Rollback drill", policy.RollbackDrillEveryDays), (EventKind.RedTeamSpotCheck, "Red-team spot check", policy.RedTeamSpotCheckEveryDays) }
            .Select(item =>
            {
                var (kind, name, every) = item;
                var isOverdue = overdue.Contains(kind);
                var last = CadenceRule.LastOnOrBefore(kind, weekOf, evidence);
                return new CadenceRow(
                    EvidenceText.Name(kind),
                    name,
                    last is DateOnly date ? Format.Date(date) : "never",
                    "every " + Format.Days(every),
                    isOverdue,
                    isOverdue ? new StatusChip("overdue", "!", "status-fail") : new StatusChip("on time", "\u2713", "status-pass"),
                    CiPage + "#events");
            })];
    }

    private EvidenceGateRow[] GateRows(WeekResult week, params EvidenceRule[] rules) =>
        [.. week.Gates
            .Where(g => g.Gate.ComputedBy is EvidenceRule rule && rules.Contains(rule))
            .Select(g => new EvidenceGateRow(
                g.Gate.Id,
                g.Gate.Name,
                g.Gate.Phase,
                Chips.Gate(g.Status),
                g.Source == GateSource.Computed ? g.Trace ?? "" : g.Source == GateSource.Recorded ? "as recorded: the evidence file this rule reads is missing" : "not measured: neither computed nor recorded",
                g.Discrepancy,
                "gates/#" + gateAnchors[g.Gate.Id],
                Proof(g.Gate.ComputedBy!.Value),
                !g.Clears))];

    /// <summary>The section that shows the numbers a rule decides on.</summary>
    private static string Proof(EvidenceRule rule) => rule switch
    {
        EvidenceRule.CiMinimums => CiPage + "#checks",
        EvidenceRule.SloAttainment => SloPage + "#attainment",
        EvidenceRule.OperationalReadiness => CiPage + "#events",
        EvidenceRule.ErrorBudget => SloPage + "#burn",
        _ => "gates/",
    };

    private CiRunRow ToRunRow(CiRun run) => new(
        run.Finished.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + "Z",
        ResultChip(run.Result),
        run.Required,
        run.Commit,
        SafeLink.Accept(run.Link));

    private EventRow ToEventRow(OperationalEvent e) => new(
        Format.Date(e.Date),
        EvidenceText.Name(e.Kind),
        e.Outcome switch
        {
            EventOutcome.Pass => Chips.Gate(GateStatus.Pass),
            EventOutcome.Fail => Chips.Gate(GateStatus.Fail),
            _ => new StatusChip("done", "\u2713", "status-resolved"),
        },
        string.IsNullOrWhiteSpace(e.Title) ? EvidenceText.Name(e.Kind) : e.Title,
        SafeLink.Accept(e.Link),
        block(e.Note));

    /// <summary>An SLO's verdict as every page shows it.</summary>
    public static StatusChip SloChip(SloStatus status) => status switch
    {
        SloStatus.Met => new("met", "\u2713", "status-pass"),
        SloStatus.Missed => new("missed", "\u2717", "status-fail"),
        _ => new("unknown", "?", "status-unknown"),
    };

    private static StatusChip ResultChip(CiResult result) => result switch
    {
        CiResult.Pass => new("pass", "\u2713", "status-pass"),
        CiResult.Fail => new("fail", "\u2717", "status-fail"),
        CiResult.Flaky => new("flaky", "~", "status-pending"),
        _ => new("cancelled", "\u2013", "status-na"),
    };

    private static string ResultText(CiResult result) => ResultChip(result).Text;
}
