using Reports.Domain;
using Reports.Scoring;

namespace Reports.History;

/// <summary>
/// What differs between two weeks, or two versions of one week: categories, gates, conditions, open items and evidence
/// verdicts. The one comparison <c>reports diff</c> and the site's compare pages both make.
/// </summary>
public sealed record WeekComparison(
    IReadOnlyList<CategoryChange> Categories,
    IReadOnlyList<GateChange> Gates,
    CodeSetChange NoGo,
    CodeSetChange FreezeTriggers,
    CodeSetChange OpenIncidents,
    CodeSetChange UnresolvedFindings,
    IReadOnlyList<VerdictChange> Slos)
{
    /// <param name="before">The earlier side; null when there is none (the first scored week).</param>
    public static WeekComparison Between(WeekSide? before, WeekSide after)
    {
        ArgumentNullException.ThrowIfNull(after);
        return new WeekComparison(
            CategoriesBetween(before, after),
            GatesBetween(before, after),
            CodeSetChange.Between(before?.NoGo ?? [], after.NoGo),
            CodeSetChange.Between(before?.FreezeTriggers ?? [], after.FreezeTriggers),
            CodeSetChange.Between(before?.OpenIncidents ?? [], after.OpenIncidents),
            CodeSetChange.Between(before?.UnresolvedFindings ?? [], after.UnresolvedFindings),
            SlosBetween(before, after));
    }

    /// <summary>The rules of the phase decision whose verdict turned from <paramref name="before"/> to <paramref name="after"/>; none without a before.</summary>
    public static IReadOnlyList<RuleFlip> Flips(WeekResult? before, Policy beforePolicy, WeekResult after, Policy afterPolicy)
    {
        ArgumentNullException.ThrowIfNull(after);
        return before is null ? [] : RuleVerdicts.Flips(RuleVerdicts.Of(before, beforePolicy), RuleVerdicts.Of(after, afterPolicy));
    }

    /// <summary>Categories whose score or points differ (a changed weight changes points alone), in rubric order.</summary>
    private static List<CategoryChange> CategoriesBetween(WeekSide? before, WeekSide after)
    {
        var was = before?.Categories.ToDictionary(c => c.Key, StringComparer.Ordinal) ?? [];
        var changes = new List<CategoryChange>();
        foreach (var now in after.Categories)
        {
            var old = was.GetValueOrDefault(now.Key);
            if (old is null || old.Score != now.Score || old.Points != now.Points)
            {
                changes.Add(new CategoryChange(now.Key, now.Name, old?.Score, now.Score, old?.Points, now.Points));
            }
        }

        var keys = after.Categories.Select(c => c.Key).ToHashSet(StringComparer.Ordinal);
        changes.AddRange((before?.Categories ?? [])
            .Where(c => !keys.Contains(c.Key))
            .Select(c => new CategoryChange(c.Key, c.Name, c.Score, null, c.Points, null)));
        return changes;
    }

    private static List<GateChange> GatesBetween(WeekSide? before, WeekSide after)
    {
        var was = before?.Gates.ToDictionary(g => g.Id, StringComparer.Ordinal) ?? [];
        var changes = after.Gates
            .Where(now => !was.TryGetValue(now.Id, out var old) || old.Status != now.Status)
            .Select(now => new GateChange(now.Id, now.Name, was.GetValueOrDefault(now.Id)?.Status, now.Status) { Trace = now.Trace })
            .ToList();
        var ids = after.Gates.Select(g => g.Id).ToHashSet(StringComparer.Ordinal);
        changes.AddRange((before?.Gates ?? [])
            .Where(g => !ids.Contains(g.Id))
            .Select(g => new GateChange(g.Id, g.Name, g.Status, null)));
        return changes;
    }

    /// <summary>SLO verdicts that differ; nothing when either side does not state its verdicts.</summary>
    private static List<VerdictChange> SlosBetween(WeekSide? before, WeekSide after)
    {
        if (before?.SloVerdicts is not { } was || after.SloVerdicts is not { } now)
        {
            return [];
        }

        var old = was.ToDictionary(v => v.Key, v => v.Value, StringComparer.Ordinal);
        var changes = now
            .Where(v => !old.TryGetValue(v.Key, out var verdict) || verdict != v.Value)
            .Select(v => new VerdictChange(v.Key, old.GetValueOrDefault(v.Key), v.Value))
            .ToList();
        var ids = now.Select(v => v.Key).ToHashSet(StringComparer.Ordinal);
        changes.AddRange(was.Where(v => !ids.Contains(v.Key)).Select(v => new VerdictChange(v.Key, v.Value, null)));
        return changes;
    }
}
