namespace Reports.History;

/// <summary>
/// A text of a week that was edited: a category's rationale, a gate's evidence or link, the recorded decision's
/// note. Null where the text's row did not exist.
/// </summary>
/// <param name="Subject">What the text belongs to: a category key, a gate id, or <c>decision</c>.</param>
/// <param name="Field"><c>rationale</c>, <c>evidence</c>, <c>link</c> or <c>note</c>.</param>
public sealed record TextChange(string Subject, string Field, string? Before, string? After);
