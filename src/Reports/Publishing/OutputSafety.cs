using System.Collections.Immutable;
using Reports.Diagnostics;
using Reports.Paths;

namespace Reports.Publishing;

/// <summary>
/// Where an output folder may not be: a file-system root, the current directory or one of its ancestors,
/// anywhere overlapping the source folders (data/, input/, theme/), or an existing non-empty folder that
/// Reports did not create (it has no <see cref="OutputWriter.MarkerFileName"/>). Every folder is checked both as
/// spelled and where it resolves (<see cref="ContainedPath.Resolve"/>): a link anywhere along a path cannot hide a
/// source folder.
/// </summary>
/// <param name="CurrentDirectory">Passed in rather than read, so tests and hosts decide it.</param>
/// <param name="SourceFolders">Folders the build reads; relative ones are taken from <paramref name="CurrentDirectory"/>.</param>
public sealed record OutputSafety(string CurrentDirectory, ImmutableArray<string> SourceFolders)
{
    // Case-insensitive even where the file system is not: refusing too much is safe, too little is not.
    private const StringComparison PathComparison = StringComparison.OrdinalIgnoreCase;

    public string FullPath(string folder) =>
        Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder, CurrentDirectory));

    /// <summary>Why <paramref name="outputFolder"/> must not be written, or nothing when it may.</summary>
    public ImmutableArray<Diagnostic> Check(string outputFolder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(outputFolder);
        var current = Both(CurrentDirectory);
        foreach (var output in Both(outputFolder))
        {
            if (Path.GetPathRoot(output) is { } root && string.Equals(Path.TrimEndingDirectorySeparator(root), output, PathComparison))
            {
                return [PublishingErrors.FilesystemRoot(outputFolder)];
            }

            if (current.Any(cwd => IsSameOrAncestor(output, cwd)))
            {
                return [PublishingErrors.CurrentDirectory(outputFolder)];
            }

            foreach (var source in SourceFolders)
            {
                if (Both(source).Any(full => IsSameOrAncestor(output, full) || IsSameOrAncestor(full, output)))
                {
                    return [PublishingErrors.OverlapsSource(outputFolder, source)];
                }
            }
        }

        var path = FullPath(outputFolder);
        if (File.Exists(path))
        {
            return [PublishingErrors.OutputIsFile(outputFolder)];
        }

        if (Directory.Exists(path)
            && Directory.EnumerateFileSystemEntries(path).Any()
            && !File.Exists(Path.Combine(path, OutputWriter.MarkerFileName)))
        {
            return [PublishingErrors.NotOurFolder(outputFolder, OutputWriter.MarkerFileName)];
        }

        return [];
    }

    internal static bool IsSameOrAncestor(string ancestor, string path) =>
        string.Equals(ancestor, path, PathComparison)
        || path.StartsWith(ancestor.EndsWith(Path.DirectorySeparatorChar) ? ancestor : ancestor + Path.DirectorySeparatorChar, PathComparison);

    /// <summary>A folder as spelled (made absolute) and where it resolves; one entry when they agree.</summary>
    private string[] Both(string folder) =>
        [.. new[] { FullPath(folder), Path.TrimEndingDirectorySeparator(ContainedPath.Resolve(folder, CurrentDirectory) ?? FullPath(folder)) }.Distinct(StringComparer.Ordinal)];
}
