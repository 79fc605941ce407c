using Reports.Domain;
using Reports.History;
using Reports.Site.Models;

namespace Reports.Site.Views;

/// <summary>The compare pages' models: a week set beside an earlier one, by <see cref="WeekComparison"/>, the comparison <c>reports diff</c> makes.</summary>
public sealed partial class ViewModelFactory
{
    private const string None = "\u2013";

    /// <summary>
    /// Week <paramref name="index"/> beside <paramref name="other"/>: the previous scored week (computed today), or an
    /// archived report's numbers as published (<paramref name="archived"/> true; never computed again).
    /// </summary>
    public CompareModel Compare(int index, WeekSide other, bool archived)
    {
        ArgumentNullException.ThrowIfNull(other);
        var week = report.Weeks[index];
        var now = WeekSide.Of(week);
        var changes = WeekComparison.Between(other, now);
        var policy = report.Data.Policy;
        var before = report.Find(other.WeekOf);
        var flips = archived || before is null ? [] : WeekComparison.Flips(before, policy, week, policy).Select(f => f.Label + ": " + f.Verdict).ToArray();
        return new CompareModel(
            WeekOf: Format.Date(week.WeekOf),
            WeekHref: WeekHref(week.WeekOf),
            Other: Format.Date(other.WeekOf),
            OtherHref: archived ? Outputs.ArchivePaths.Folder(other.WeekOf) : WeekHref(other.WeekOf),
            OtherName: archived ? "archived report" : "previous week",
            Archived: archived,
            Categories: CompareCategories(other, now),
            Total: CompareRow("Total", null, null, other.Total, now.Total),
            Headline:
            [
                Value("Threshold band", ThresholdBand.Of(other.Total, policy), ThresholdBand.Of(now.Total, policy)),
                Value("Phase", PhaseText(other.Phase), PhaseText(now.Phase)),
                Value("Decision", Phases.DescribeDecision(other.Decision, other.Phase, other.NextPhase), Phases.DescribeDecision(now.Decision, now.Phase, now.NextPhase)),
            ],
            Gates: [.. changes.Gates.Select(g => new CompareGateRow(
                g.Id,
                gateAnchors.TryGetValue(g.Id, out var anchor) ? "gates/#" + anchor : "",
                g.Name,
                g.Before is GateStatus was ? Chips.Gate(was) : null,
                g.After is GateStatus status ? Chips.Gate(status) : null,
                g.Trace ?? ""))],
            Conditions:
            [
                .. Conditions("No-Go", changes.NoGo),
                .. Conditions("Freeze trigger", changes.FreezeTriggers),
            ],
            Findings:
            [
                .. changes.UnresolvedFindings.Added.Select(id => FindingItem(id, "unresolved now, not then")),
                .. changes.UnresolvedFindings.Removed.Select(id => FindingItem(id, "resolved since")),
            ],
            Incidents:
            [
                .. changes.OpenIncidents.Added.Select(id => IncidentItem(id, "open now, not then")),
                .. changes.OpenIncidents.Removed.Select(id => IncidentItem(id, "resolved since")),
            ],
            Evidence:
            [
                .. changes.Slos.Select(s => Value("SLO " + s.Id, s.Before ?? "not defined", s.After ?? "not defined")),
                .. other.SmokeStreak is int was && now.SmokeStreak is int streak && was != streak
                    ? [Value("Smoke failures in a row", Format.Integer(was), Format.Integer(streak))]
                    : Array.Empty<CompareValueRow>(),
            ],
            Flips: flips,
            EvidenceNote: other.SloVerdicts is null
                ? "The archived report keeps no evidence verdicts (SLOs, smoke runs), so they are not compared."
                : null);
    }

    private static string PhaseText(int phase) => "Phase " + Format.Integer(phase) + " (" + Phases.Name(phase) + ")";

    private static CompareValueRow Value(string label, string before, string after) => new(label, before, after, before != after);

    private static IEnumerable<CompareValueRow> Conditions(string kind, CodeSetChange change) =>
        change.Added.Select(code => new CompareValueRow(kind + " " + code, "not active", "active", true))
            .Concat(change.Removed.Select(code => new CompareValueRow(kind + " " + code, "active", "cleared", true)));

    /// <summary>Every category of either side, in the later week's rubric order, then any the earlier side alone had.</summary>
    private static CompareCategoryRow[] CompareCategories(WeekSide before, WeekSide after)
    {
        var was = before.Categories.ToDictionary(c => c.Key, StringComparer.Ordinal);
        var keys = after.Categories.Select(c => c.Key).ToHashSet(StringComparer.Ordinal);
        return
        [
            .. after.Categories.Select(c => CompareRow(c.Name, was.GetValueOrDefault(c.Key)?.Score, c.Score, was.GetValueOrDefault(c.Key)?.Points, c.Points)),
            .. before.Categories.Where(c => !keys.Contains(c.Key)).Select(c => CompareRow(c.Name, c.Score, null, c.Points, null)),
        ];
    }

    private static CompareCategoryRow CompareRow(string name, int? scoreBefore, int? scoreAfter, decimal? pointsBefore, decimal? pointsAfter)
    {
        var pointsDelta = pointsBefore is decimal b && pointsAfter is decimal a ? a - b : (decimal?)null;
        return new CompareCategoryRow(
            name,
            scoreBefore is int sb ? Format.Integer(sb) : scoreAfter is null ? "" : None,
            scoreAfter is int sa ? Format.Integer(sa) : scoreBefore is null ? "" : None,
            scoreBefore is int from && scoreAfter is int to ? Format.LevelDelta(to - from) : scoreBefore is null && scoreAfter is null ? "" : None,
            pointsBefore is decimal pb ? Format.Points(pb) : None,
            pointsAfter is decimal pa ? Format.Points(pa) : None,
            pointsDelta is decimal d ? Format.PointsDelta(d) : None,
            Format.DeltaCss(pointsDelta));
    }

    private CompareItemRow FindingItem(string id, string change) => findingRows.TryGetValue(id, out var row)
        ? new CompareItemRow(id, row.Href, row.Title, change)
        : new CompareItemRow(id, "", "", change);

    private CompareItemRow IncidentItem(string id, string change) => incidentRows.TryGetValue(id, out var row)
        ? new CompareItemRow(id, row.Href, row.Title, change)
        : new CompareItemRow(id, "", "", change);
}
