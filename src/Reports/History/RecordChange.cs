namespace Reports.History;

/// <summary>
/// A rubric category, gate, incident or finding that was added, removed or changed. An added record lists its
/// non-empty fields with <see cref="FieldChange.Before"/> null, a removed one the reverse, a changed one only
/// the fields that differ.
/// </summary>
/// <param name="Id">The record's id: rubric key, gate id, incident or finding id.</param>
/// <param name="Title">Its title or name, for a one-line mention.</param>
public sealed record RecordChange(string Id, string Title, ChangeKind Change, IReadOnlyList<FieldChange> Fields);
