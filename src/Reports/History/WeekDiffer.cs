using Reports.Scoring;

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
        new(week.WeekOf, ChangeKind.Removed, week, null, archived, Comparison: null, []);

    private static WeekChange Compare(ChangeKind change, WeekResult? before, WeekResult after, bool archived) =>
        new(after.WeekOf, change, before, after, archived, WeekComparison.Between(before is null ? null : WeekSide.Of(before), WeekSide.Of(after)), []);

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
