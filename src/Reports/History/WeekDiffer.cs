using Reports.Scoring;
using Reports.Scoring.Evidence;

namespace Reports.History;

/// <summary>Compares one week's results: scores, gates, conditions, open items, and for a changed week its texts.</summary>
internal static class WeekDiffer
{
    public static WeekChange Changed(WeekResult before, WeekResult after, bool archived) =>
        Compare(ChangeKind.Changed, before, after, archived) with { Texts = Texts(before, after) };

    /// <summary>A new week, set against the scored week before it, or against nothing when it is the first.</summary>
    public static WeekChange Added(WeekResult? previous, WeekResult week, bool archived) =>
        Compare(ChangeKind.Added, previous, week, archived);

    public static WeekChange Removed(WeekResult week, bool archived) =>
        new(week.WeekOf, ChangeKind.Removed, week, null, archived, [], [], CodeSetChange.None, CodeSetChange.None, CodeSetChange.None, CodeSetChange.None, []);

    private static WeekChange Compare(ChangeKind change, WeekResult? before, WeekResult after, bool archived) => new(
        after.WeekOf,
        change,
        before,
        after,
        archived,
        Categories(before, after),
        Gates(before, after),
        CodeSetChange.Between(before?.ActiveNoGoCodes ?? [], after.ActiveNoGoCodes),
        CodeSetChange.Between(before?.ActiveFreezeCodes ?? [], after.ActiveFreezeCodes),
        CodeSetChange.Between(before?.OpenIncidents.Select(i => i.Id) ?? [], after.OpenIncidents.Select(i => i.Id)),
        CodeSetChange.Between(before?.UnresolvedFindings.Select(f => f.Id) ?? [], after.UnresolvedFindings.Select(f => f.Id)),
        []);

    /// <summary>Categories whose score or points differ (a changed weight changes points alone), in rubric order.</summary>
    private static IReadOnlyList<CategoryChange> Categories(WeekResult? before, WeekResult after)
    {
        var was = before?.Categories.ToDictionary(c => c.Category.Key, StringComparer.Ordinal) ?? [];
        var changes = new List<CategoryChange>();
        foreach (var now in after.Categories)
        {
            var old = was.GetValueOrDefault(now.Category.Key);
            if (old is null || old.Score != now.Score || old.Points != now.Points)
            {
                changes.Add(new CategoryChange(now.Category.Key, now.Category.Name, old?.Score, now.Score, old?.Points, now.Points));
            }
        }

        var keys = after.Categories.Select(c => c.Category.Key).ToHashSet(StringComparer.Ordinal);
        changes.AddRange((before?.Categories ?? [])
            .Where(c => !keys.Contains(c.Category.Key))
            .Select(c => new CategoryChange(c.Category.Key, c.Category.Name, c.Score, null, c.Points, null)));
        return changes;
    }

    private static IReadOnlyList<GateChange> Gates(WeekResult? before, WeekResult after)
    {
        var was = before?.Gates.ToDictionary(g => g.Gate.Id, StringComparer.Ordinal) ?? [];
        var changes = after.Gates
            .Where(now => !was.TryGetValue(now.Gate.Id, out var old) || old.Status != now.Status)
            .Select(now => new GateChange(now.Gate.Id, now.Gate.Name, was.GetValueOrDefault(now.Gate.Id)?.Status, now.Status)
            {
                Trace = now.Source == GateSource.Computed ? now.Trace : null,
            })
            .ToList();
        var ids = after.Gates.Select(g => g.Gate.Id).ToHashSet(StringComparer.Ordinal);
        changes.AddRange((before?.Gates ?? [])
            .Where(g => !ids.Contains(g.Gate.Id))
            .Select(g => new GateChange(g.Gate.Id, g.Gate.Name, g.Status, null)));
        return changes;
    }

    private static IReadOnlyList<TextChange> Texts(WeekResult before, WeekResult after)
    {
        var texts = new List<TextChange>();
        var rationales = before.Categories.ToDictionary(c => c.Category.Key, c => c.Rationale, StringComparer.Ordinal);
        foreach (var category in after.Categories)
        {
            if (rationales.TryGetValue(category.Category.Key, out var old) && !Same(old, category.Rationale))
            {
                texts.Add(new TextChange(category.Category.Key, "rationale", old, category.Rationale));
            }
        }

        var gates = before.Gates.ToDictionary(g => g.Gate.Id, StringComparer.Ordinal);
        foreach (var gate in after.Gates)
        {
            if (!gates.TryGetValue(gate.Gate.Id, out var old))
            {
                continue;
            }

            if (!Same(old.Evidence, gate.Evidence))
            {
                texts.Add(new TextChange(gate.Gate.Id, "evidence", old.Evidence, gate.Evidence));
            }

            if (!Same(old.Link, gate.Link))
            {
                texts.Add(new TextChange(gate.Gate.Id, "link", old.Link, gate.Link));
            }
        }

        if (!Same(before.Recorded?.Note, after.Recorded?.Note))
        {
            texts.Add(new TextChange("decision", "note", before.Recorded?.Note, after.Recorded?.Note));
        }

        return texts;
    }

    private static bool Same(string? before, string? after) => string.Equals(before ?? "", after ?? "", StringComparison.Ordinal);
}
