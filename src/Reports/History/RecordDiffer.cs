namespace Reports.History;

/// <summary>Compares two lists of records by id, field by field.</summary>
internal static class RecordDiffer
{
    /// <summary>Added and changed records in the order of <paramref name="after"/>, then removed ones in the order of <paramref name="before"/>.</summary>
    public static IReadOnlyList<RecordChange> Compare<T>(
        IReadOnlyList<T> before,
        IReadOnlyList<T> after,
        Func<T, string> id,
        Func<T, string> title,
        Func<T, IReadOnlyList<(string Field, string Value)>> fields)
    {
        var was = before.ToDictionary(id, StringComparer.Ordinal);
        var now = after.Select(id).ToHashSet(StringComparer.Ordinal);
        var changes = new List<RecordChange>();
        foreach (var record in after)
        {
            if (!was.TryGetValue(id(record), out var old))
            {
                changes.Add(new RecordChange(id(record), title(record), ChangeKind.Added, fields(record).Where(f => f.Value.Length > 0).Select(f => new FieldChange(f.Field, null, f.Value)).ToArray()));
                continue;
            }

            var differing = Fields(fields(old), fields(record));
            if (differing.Count > 0)
            {
                changes.Add(new RecordChange(id(record), title(record), ChangeKind.Changed, differing));
            }
        }

        changes.AddRange(before
            .Where(record => !now.Contains(id(record)))
            .Select(record => new RecordChange(id(record), title(record), ChangeKind.Removed, fields(record).Where(f => f.Value.Length > 0).Select(f => new FieldChange(f.Field, f.Value, null)).ToArray())));
        return changes;
    }

    /// <summary>The fields whose values differ, in the order of <paramref name="after"/>, then fields only <paramref name="before"/> has.</summary>
    public static IReadOnlyList<FieldChange> Fields(IReadOnlyList<(string Field, string Value)> before, IReadOnlyList<(string Field, string Value)> after)
    {
        var was = before.ToDictionary(f => f.Field, f => f.Value, StringComparer.Ordinal);
        var now = after.ToDictionary(f => f.Field, f => f.Value, StringComparer.Ordinal);
        var changes = after
            .Where(f => !was.TryGetValue(f.Field, out var old) || !string.Equals(old, f.Value, StringComparison.Ordinal))
            .Select(f => new FieldChange(f.Field, was.GetValueOrDefault(f.Field), f.Value))
            .ToList();
        changes.AddRange(before.Where(f => !now.ContainsKey(f.Field)).Select(f => new FieldChange(f.Field, f.Value, null)));
        return changes;
    }
}
