using Reports.Rendering.Charts;
using Reports.Rendering.Csv;
using Reports.Site.Models;

namespace Reports.Site.Views;

/// <summary>
/// Every table the site offers as a CSV file beside its page, in one place: each table's columns (the header the page
/// prints, and the cell as the page formats it, from the same row models), its link, and which page model offers it.
/// Tables of navigation (a list of pillars, the archive's list of downloads) and the policy's fixed tables
/// (methodology) are not offered; chart tables publish theirs under <c>charts/</c>.
/// </summary>
public static class SiteTables
{
    public static TableColumns<CategoryRow> Scorecard { get; } = new(
        new("Category", c => c.Name),
        new("Weight", c => Format.Integer(c.Weight)),
        new("Score (0–4)", c => Format.Integer(c.Score)),
        new("Weighted points", c => c.Points),
        new("Rationale", c => HtmlCellText.Of(c.RationaleHtml)));

    public static TableColumns<GateRow> WeekGates { get; } = new(
        new("Gate", g => g.Id),
        new("Name", g => g.Name),
        new("Phase", g => Format.Integer(g.Phase)),
        new("Status", g => g.Status.Text),
        new("Evidence", g => HtmlCellText.Of(g.EvidenceHtml)),
        new("Evidence link", g => g.Link ?? g.RejectedLink ?? ""));

    public static TableColumns<WeekLink> Weeks { get; } = new(
        new("Week of", w => w.WeekOf),
        new("Phase", w => w.Phase),
        new("Total", w => w.Total),
        new("Decision", w => w.Decision.Text));

    public static TableColumns<IncidentRow> Incidents { get; } = new(
        new("ID", i => i.Id),
        new("Severity", i => i.Severity),
        new("Status", i => i.State.Text),
        new("Title", i => i.Title),
        new("Class", i => i.IncidentClass),
        new("Pillar", i => i.Pillar),
        new("Owner", i => i.Owner),
        new("Opened", i => i.Opened),
        new("Age", i => i.Age),
        new("Resolved", i => i.Resolved),
        new("Days to close", i => i.Duration),
        new("Summary", i => HtmlCellText.Of(i.SummaryHtml)),
        new("Incident record", i => i.Link ?? i.RejectedLink ?? ""));

    public static TableColumns<FindingRow> Findings { get; } = new(
        new("ID", f => f.Id),
        new("Priority", f => f.Priority),
        new("Status", f => f.Status.Text),
        new("Title", f => f.Title),
        new("Owner", f => f.Owner),
        new("Pillar", f => f.Pillar),
        new("Source", f => f.Source),
        new("Opened", f => f.Opened),
        new("Age", f => f.Age),
        new("Due", f => f.Due),
        new("Closed", f => f.Closed),
        new("Days to close", f => f.DaysToClose),
        new("Evidence", f => HtmlCellText.Of(f.EvidenceHtml)));

    public static TableColumns<SloRow> Slos { get; } = new(
        new("SLO", s => s.Id),
        new("Name", s => s.Name),
        new("Pillar", s => s.Pillar),
        new("Objective", s => s.Objective),
        new("Attainment", s => s.Attainment),
        new("Verdict", s => s.Status.Text),
        new("Days without data", s => s.UnknownDays),
        new("Budget burned", s => s.Burn));

    public static TableColumns<PillarSloRow> PillarSlos { get; } = new(
        new("ID", s => s.Id),
        new("Name", s => s.Name),
        new("Objective", s => s.Objective),
        new("Verdict", s => s.Status.Text));

    public static TableColumns<CiCheckRow> CiChecks { get; } = new(
        new("Check", c => c.Name),
        new("Role", c => c.Role),
        new("Last run", c => c.LastRun),
        new("Recent runs", c => c.RecentRuns),
        new("Flaky runs", c => c.FlakeWindow),
        new("Flake rate", c => c.FlakeRate),
        new("Status", c => c.Status.Text));

    public static TableColumns<EventRow> Events { get; } = new(
        new("Date", e => e.Date),
        new("Kind", e => e.Kind),
        new("Outcome", e => e.Outcome.Text),
        new("What", e => e.Title),
        new("Note", e => HtmlCellText.Of(e.NoteHtml)),
        new("Link", e => e.Link ?? ""));

    /// <summary>The weeks × gates matrix: a column per gate, in the gates' file order, after the week and its phase.</summary>
    public static TableColumns<GateMatrixRow> GateMatrix(IReadOnlyList<GateDefinitionView> gates)
    {
        ArgumentNullException.ThrowIfNull(gates);
        return new(
            [
                new("Week of", r => r.WeekOf),
                new("Phase", r => Format.Integer(r.Phase)),
                .. gates.Select((g, i) => new TableColumn<GateMatrixRow>(g.Id, r => r.Cells[i].Text)),
            ]);
    }

    public static TableLink ScorecardLink(string weekHref) => new(weekHref + "scorecard.csv", "Scorecard as CSV");

    public static TableLink WeekGatesLink(string weekHref) => new(weekHref + "gates.csv", "Gates of this week as CSV");

    public static TableLink WeeksLink { get; } = new("weeks/weeks.csv", "Scored weeks as CSV");

    public static TableLink GateMatrixLink { get; } = new("gates/gates-by-week.csv", "Gate status by week as CSV");

    /// <summary>One file for the whole table, however many pages it takes.</summary>
    public static TableLink IncidentsLink { get; } = new("incidents/incidents.csv", "All incidents as CSV");

    public static TableLink FindingsLink { get; } = new("findings/findings.csv", "All findings as CSV");

    public static TableLink SlosLink { get; } = new(EvidenceViews.SloPage + "slos.csv", "SLO attainment as CSV");

    public static TableLink CiChecksLink { get; } = new(EvidenceViews.CiPage + "checks.csv", "CI checks as CSV");

    public static TableLink EventsLink { get; } = new(EvidenceViews.CiPage + "events.csv", "Operational events as CSV");

    public static TableLink PillarLink(string pillarHref, string table, string label) => new(pillarHref + table + ".csv", label);

    /// <summary>
    /// The CSV files a page's model offers. A long table's file holds every row, from the factory: only its first page
    /// writes it (every page links it).
    /// </summary>
    public static IEnumerable<TableFile> Of(ViewModelFactory views, object model)
    {
        ArgumentNullException.ThrowIfNull(views);
        return model switch
        {
            WeeksIndexModel index => Files((index.Csv, () => Weeks.Of(index.Weeks))),
            GatesModel gates => Files((gates.MatrixCsv, () => GateMatrix(gates.Gates).Of(gates.Matrix))),
            IncidentsModel { Pager.Number: 1 } incidents => Files((incidents.Csv, () => Incidents.Of(views.IncidentRowsInOrder))),
            FindingsModel { Pager.Number: 1 } findings => Files((findings.Csv, () => Findings.Of(views.FindingRowsInOrder))),
            SlosModel slos => Files((slos.Csv, () => Slos.Of(slos.Slos))),
            CiModel ci => Files((ci.ChecksCsv, () => CiChecks.Of(ci.Checks)), (ci.EventsCsv, () => Events.Of(ci.Events))),
            PillarModel pillar => Files(
                (pillar.SlosCsv, () => PillarSlos.Of(pillar.Slos)),
                (pillar.IncidentsCsv, () => Incidents.Of(pillar.Incidents)),
                (pillar.FindingsCsv, () => Findings.Of(pillar.Findings))),
            _ => [],
        };
    }

    /// <summary>
    /// A weekly report's files (<c>scorecard.csv</c>, <c>gates.csv</c>), made from the week's rows rather than its page
    /// model: the model exists only while the page renders.
    /// </summary>
    public static IEnumerable<TableFile> OfWeek(ViewModelFactory views, Scoring.WeekResult week, int index)
    {
        ArgumentNullException.ThrowIfNull(views);
        ArgumentNullException.ThrowIfNull(week);
        var href = ViewModelFactory.WeekHref(week.WeekOf);
        var weights = Format.Integer(week.Categories.Sum(c => c.Category.Weight));
        return Files(
            (ScorecardLink(href), () => WithRow(Scorecard.Of(views.WeekCategories(index)), ["Total", weights, "", Format.Points(week.Total), "out of 100"])),
            (WeekGatesLink(href), () => WeekGates.Of(PhaseFirst(views.WeekGates(index), week.Phase))));
    }

    /// <summary>The current phase's gates first, as the report lists them.</summary>
    private static IEnumerable<GateRow> PhaseFirst(GateRow[] gates, int phase) =>
        gates.Where(g => g.Phase == phase).Concat(gates.Where(g => g.Phase != phase));

    /// <summary>The table with its footer row (a total) last, as the page's &lt;tfoot&gt; shows it.</summary>
    private static ChartTable WithRow(ChartTable table, IReadOnlyList<string> row) => table with { Rows = [.. table.Rows, row] };

    private static IEnumerable<TableFile> Files(params (TableLink? Link, Func<ChartTable> Table)[] tables) =>
        tables.Where(t => t.Link is not null).Select(t => new TableFile(t.Link!.Href, t.Table));
}
