namespace Reports.History;

/// <summary>One side of a comparison, as the diff's reader should recognise it.</summary>
/// <param name="Spec">What was given: a folder path, or a git ref such as <c>origin/main</c>.</param>
/// <param name="Kind"><see cref="Folder"/> or <see cref="GitRef"/>.</param>
/// <param name="Commit">The commit a git ref resolved to; null for a folder.</param>
public sealed record DiffSide(string Spec, string Kind, string? Commit)
{
    public const string Folder = "folder";
    public const string GitRef = "git";

    public static DiffSide OfFolder(string path) => new(path, Folder, null);
}
