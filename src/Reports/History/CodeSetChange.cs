namespace Reports.History;

/// <summary>Codes or ids that appeared and disappeared between two lists, each in the order of its list.</summary>
public sealed record CodeSetChange(IReadOnlyList<string> Added, IReadOnlyList<string> Removed)
{
    public static CodeSetChange None { get; } = new([], []);

    public bool IsEmpty => Added.Count == 0 && Removed.Count == 0;

    public static CodeSetChange Between(IEnumerable<string> before, IEnumerable<string> after)
    {
        var was = before.ToArray();
        var now = after.ToArray();
        return new CodeSetChange(
            now.Except(was, StringComparer.Ordinal).ToArray(),
            was.Except(now, StringComparer.Ordinal).ToArray());
    }
}
