namespace Reports.Pipeline;

/// <summary>
/// A view-model value that is immutable and appears on many pages (an incident's row is on every weekly report
/// while it is open): <see cref="ModelFingerprint"/> walks each instance once and reuses its hash after that.
/// </summary>
/// <remarks>Only for records whose members never change after construction, lists included.</remarks>
public interface ISharedModel;
