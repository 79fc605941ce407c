namespace Reports.Paths;

/// <summary>
/// The one rule for paths on disk: a path means the place it resolves to once every symbolic link along it is
/// followed, component by component, as the operating system does (<c>realpath</c>). A source file may be read only
/// when it resolves inside the folder it is read from (<c>data/</c>, <c>input/</c>, <c>theme/</c>, a snapshot), and
/// the output folder is checked where it resolves, not where it is spelled. See <see cref="FolderWalk"/> for listing.
/// </summary>
public static class ContainedPath
{
    /// <summary>As Linux gives up (ELOOP): more links than this on one path is a loop.</summary>
    private const int MaxLinks = 40;

    /// <summary>
    /// The full path <paramref name="path"/> resolves to: every existing component that is a symbolic link is replaced
    /// by its target, and <c>..</c> steps out of the resolved folder, not the spelled one. Components that do not exist
    /// yet are kept as written. Null when the links loop.
    /// </summary>
    /// <param name="relativeTo">The folder a relative path starts from; the current directory when null.</param>
    public static string? Resolve(string path, string? relativeTo = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        var full = Path.IsPathRooted(path) ? path : Path.Combine(relativeTo ?? Directory.GetCurrentDirectory(), path);
        var hops = 0;
        return ResolveFull(full, ref hops);
    }

    /// <summary>Whether <paramref name="path"/> resolves to <paramref name="folder"/> or a place inside it (both resolved).</summary>
    public static bool StaysInside(string folder, string path)
    {
        ArgumentNullException.ThrowIfNull(folder);
        return Resolve(folder) is { } root && StaysInsideResolved(root, path);
    }

    /// <summary>Whether <paramref name="path"/> is a symbolic link itself (not following it).</summary>
    public static bool IsLink(string path) => new FileInfo(path).LinkTarget is not null;

    /// <summary><see cref="StaysInside"/> for a folder already resolved: a walk resolves its root once.</summary>
    internal static bool StaysInsideResolved(string resolvedFolder, string path) =>
        Resolve(path) is { } resolved && IsSameOrUnder(resolvedFolder, resolved);

    /// <summary>Compared ordinally: on a case-insensitive disk this refuses more, never less.</summary>
    internal static bool IsSameOrUnder(string folder, string path)
    {
        var trimmed = Path.TrimEndingDirectorySeparator(folder);
        return string.Equals(trimmed, Path.TrimEndingDirectorySeparator(path), StringComparison.Ordinal)
            || path.StartsWith(trimmed + Path.DirectorySeparatorChar, StringComparison.Ordinal)
            || (trimmed.Length > 0 && trimmed[^1] == Path.DirectorySeparatorChar && path.StartsWith(trimmed, StringComparison.Ordinal));
    }

    private static string? ResolveFull(string full, ref int hops)
    {
        var root = Path.GetPathRoot(full) ?? "";
        var resolved = root;
        foreach (var part in full[root.Length..].Split([Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar], StringSplitOptions.RemoveEmptyEntries))
        {
            if (part == ".")
            {
                continue;
            }

            if (part == "..")
            {
                resolved = Path.GetDirectoryName(resolved) ?? resolved;
                continue;
            }

            var next = Path.Join(resolved, part);
            var target = new FileInfo(next).LinkTarget;
            if (target is null)
            {
                resolved = next;
                continue;
            }

            if (++hops > MaxLinks)
            {
                return null;
            }

            var linked = ResolveFull(Path.IsPathRooted(target) ? target : Path.Join(resolved, target), ref hops);
            if (linked is null)
            {
                return null;
            }

            resolved = linked;
        }

        return resolved;
    }
}
