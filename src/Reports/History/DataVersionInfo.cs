namespace Reports.History;

/// <summary>Which version of the data a report was computed from.</summary>
/// <param name="Id">A git commit (40 hex digits), or <c>sha256:</c> and 64 hex digits for a content hash.</param>
/// <param name="Kind"><see cref="Git"/> or <see cref="Content"/>.</param>
/// <param name="Short">The first 12 digits, with the <c>sha256:</c> prefix for a content hash: for page footers.</param>
public sealed record DataVersionInfo(string Id, string Kind, string Short)
{
    public const string Git = "git";
    public const string Content = "content";

    public const string ContentPrefix = "sha256:";

    internal const int ShortLength = 12;

    internal static DataVersionInfo ForCommit(string commit) => new(commit, Git, commit[..ShortLength]);

    internal static DataVersionInfo ForContent(string sha256Hex) =>
        new(ContentPrefix + sha256Hex, Content, ContentPrefix + sha256Hex[..ShortLength]);
}
