namespace Reports.History;

/// <summary>What a change did to a week or a record: it is new, it is gone, or it differs.</summary>
public enum ChangeKind
{
    Added,
    Removed,
    Changed,
}
