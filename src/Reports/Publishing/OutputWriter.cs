using System.Collections.Concurrent;
using System.Collections.Immutable;
using Reports.Diagnostics;
using Reports.Paths;
using Reports.Pipeline;
using Reports.Preview;

namespace Reports.Publishing;

/// <summary>
/// Publishes a complete site (site path → bytes) into an output folder; call it only after a successful build.
/// Every new or changed file is first written to a staging folder next to the output folder, then moved into
/// place; files whose bytes are unchanged are not
/// touched (they keep their modification time); files no longer produced, and folders left empty, are removed.
/// Nothing outside the output folder is deleted or written: a symbolic link in it is left alone, unless it stands
/// where the site puts a file or folder, and then it is replaced, never written through. <see cref="OutputSafety"/>
/// refuses dangerous folders. A write that fails (disk full, permission denied) is undone as far as it went. The folder holds a <see cref="MarkerFileName"/> file that
/// marks it as ours; deploy steps may skip it.
/// </summary>
public static class OutputWriter
{
    public const string MarkerFileName = ".reports-output";

    internal const string MarkerText = "This folder is written by 'reports build'. Files in it that the build does not produce are deleted.\n";

    /// <param name="published">What this process published there before: unchanged files are then recognised from a stat.</param>
    public static PublishResult Write(
        IReadOnlyDictionary<string, ImmutableArray<byte>> files, string outputFolder, OutputSafety safety, PublishedFiles? published = null)
    {
        ArgumentNullException.ThrowIfNull(files);
        var (staged, refused) = Begin([.. files.Keys], outputFolder, safety, published);
        if (staged is null)
        {
            return PublishResult.Refused(refused);
        }

        using (staged)
        {
            Parallel.ForEach(files, file => staged.Add(file.Key, file.Value));
            return staged.Commit();
        }
    }

    /// <summary>
    /// Prepares to publish a site whose files are <paramref name="paths"/> (site paths), their bytes to come one by one
    /// (<see cref="StagedOutput.Add"/>): checks the folder and the paths, and clears a staging folder left by an
    /// interrupted run. Null and why when it refuses.
    /// </summary>
    public static (StagedOutput? Staged, ImmutableArray<Diagnostic> Refused) Begin(
        IReadOnlyCollection<string> paths, string outputFolder, OutputSafety safety, PublishedFiles? published = null)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(safety);
        var refused = safety.Check(outputFolder);
        if (refused.Length > 0)
        {
            return (null, refused);
        }

        var conflicts = Conflicts(paths);
        if (conflicts.Length > 0)
        {
            return (null, conflicts);
        }

        var output = safety.FullPath(outputFolder);
        var staging = Path.Combine(Path.GetDirectoryName(output)!, $".{Path.GetFileName(output)}-staging");
        if (File.Exists(staging) || ContainedPath.IsLink(staging) || (Directory.Exists(staging) && !File.Exists(Path.Combine(staging, MarkerFileName))))
        {
            return (null, [PublishingErrors.StagingNotOurs(staging)]);
        }

        try
        {
            if (Directory.Exists(staging))
            {
                // Left by a run that was interrupted; it has our marker.
                Directory.Delete(staging, recursive: true);
            }

            Directory.CreateDirectory(staging);
            File.WriteAllText(Path.Combine(staging, MarkerFileName), MarkerText);
            return (new StagedOutput(outputFolder, output, staging, ExistingFiles(output), paths, published), []);
        }
        catch (Exception error) when (WriteError(error) is { } cause)
        {
            TryDelete(staging);
            return (null, [PublishingErrors.WriteFailed(outputFolder, cause.Message, false)]);
        }
    }

    /// <summary>The file system's complaint behind <paramref name="error"/> (also from inside a parallel loop); null for a bug.</summary>
    internal static Exception? WriteError(Exception error) => error switch
    {
        IOException or UnauthorizedAccessException => error,
        AggregateException all when all.Flatten().InnerExceptions.All(e => e is IOException or UnauthorizedAccessException) => all.Flatten().InnerExceptions[0],
        _ => null,
    };

    /// <summary>Runs the undo steps, last first; false when one of them failed too.</summary>
    internal static bool Undo(ConcurrentStack<Action> steps)
    {
        var complete = true;
        while (steps.TryPop(out var step))
        {
            try
            {
                step();
            }
            catch (Exception error) when (error is IOException or UnauthorizedAccessException)
            {
                complete = false;
            }
        }

        return complete;
    }

    private static ImmutableArray<Diagnostic> Conflicts(IEnumerable<string> paths)
    {
        var all = paths.Select(SitePath.Validate).ToHashSet(StringComparer.Ordinal);
        if (all.Contains(MarkerFileName))
        {
            throw new ArgumentException($"The site cannot publish a file named '{MarkerFileName}'.", nameof(paths));
        }

        // In ordinal order every path under "p/" sorts right after "p/" itself, so one binary search per path finds
        // whether any file lies inside it: O(n log n) rather than comparing every pair of a 2,000-page site.
        var sorted = all.Order(StringComparer.Ordinal).ToArray();
        return [.. sorted.Where(p => LiesUnder(sorted, p + "/")).Select(PublishingErrors.FileFolderConflict)];

        static bool LiesUnder(string[] sorted, string folder)
        {
            var index = Array.BinarySearch(sorted, folder, StringComparer.Ordinal);
            var next = index >= 0 ? index : ~index;
            return next < sorted.Length && sorted[next].StartsWith(folder, StringComparison.Ordinal);
        }
    }

    /// <summary>
    /// Moves the staged files into place, each replacing its old copy in one rename. The old copies (hard-linked
    /// into staging by <see cref="File.Replace(string, string, string?)"/>) and removed files move into staging,
    /// so no file's blocks are freed here, and each step pushes onto <paramref name="undo"/> how to take it back.
    /// </summary>
    internal static void Apply(string output, string staging, List<(string Path, string Staged)> changed, List<string> stale, ConcurrentStack<Action> undo)
    {
        for (var i = 0; i < stale.Count; i++)
        {
            var (path, kept) = (PathIn(output, stale[i]), Path.Combine(staging, "removed-" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            File.Move(path, kept);
            undo.Push(() =>
            {
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.Move(kept, path);
            });
        }

        if (stale.Count > 0)
        {
            // Before moving files in: a folder emptied above may stand where a file now goes.
            RemoveEmptyFolders(output);
        }

        var folders = changed.Select(file => Path.GetDirectoryName(PathIn(output, file.Path))!).Distinct(StringComparer.Ordinal).ToList();
        ReplaceLinks(output, folders.Concat(changed.Select(file => PathIn(output, file.Path))), undo);
        foreach (var folder in folders)
        {
            var created = Ancestors(output, folder).Where(f => !Directory.Exists(f)).ToList();
            Directory.CreateDirectory(folder);
            undo.Push(() =>
            {
                foreach (var made in created.AsEnumerable().Reverse().Where(f => Directory.Exists(f) && !Directory.EnumerateFileSystemEntries(f).Any()))
                {
                    Directory.Delete(made);
                }
            });
        }

        Parallel.ForEach(changed, file =>
        {
            var target = PathIn(output, file.Path);
            if (File.Exists(target))
            {
                File.Replace(file.Staged, target, file.Staged + "-replaced");
                undo.Push(() => File.Move(file.Staged + "-replaced", target, overwrite: true));
            }
            else
            {
                File.Move(file.Staged, target);
                undo.Push(() => File.Delete(target));
            }
        });

        var marker = Path.Combine(output, MarkerFileName);
        if (!File.Exists(marker))
        {
            File.Copy(Path.Combine(staging, MarkerFileName), marker);
        }
    }

    /// <summary>
    /// Removes each symbolic link found at one of <paramref name="paths"/> or their folders below
    /// <paramref name="output"/>: the site's files and folders replace links, they are never written through one.
    /// </summary>
    private static void ReplaceLinks(string output, IEnumerable<string> paths, ConcurrentStack<Action> undo)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths.SelectMany(p => Ancestors(output, p)).Where(seen.Add))
        {
            if (new FileInfo(path).LinkTarget is { } target)
            {
                File.Delete(path);
                undo.Push(() => File.CreateSymbolicLink(path, target));
            }
        }
    }

    /// <summary><paramref name="path"/> and its folders up to, not including, <paramref name="output"/>; outermost first.</summary>
    private static List<string> Ancestors(string output, string path)
    {
        var all = new List<string>();
        for (var current = path; current.Length > output.Length && OutputSafety.IsSameOrAncestor(output, current); current = Path.GetDirectoryName(current)!)
        {
            all.Add(current);
        }

        all.Reverse();
        return all;
    }

    /// <summary>Site paths of the files in the output folder, not following symbolic links, without the marker.</summary>
    internal static HashSet<string> ExistingFiles(string output)
    {
        if (!Directory.Exists(output))
        {
            return [];
        }

        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.ReparsePoint, IgnoreInaccessible = false };
        return Directory.EnumerateFiles(output, "*", options)
            .Select(path => Path.GetRelativePath(output, path).Replace(Path.DirectorySeparatorChar, '/'))
            .Where(path => path != MarkerFileName)
            .ToHashSet(StringComparer.Ordinal);
    }

    private static void RemoveEmptyFolders(string output)
    {
        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.ReparsePoint };
        foreach (var folder in Directory.EnumerateDirectories(output, "*", options).OrderByDescending(f => f.Length).ToList())
        {
            if (!Directory.EnumerateFileSystemEntries(folder).Any())
            {
                Directory.Delete(folder);
            }
        }
    }

    internal static bool Unchanged(FileInfo file, string output, string sitePath, ImmutableArray<byte> bytes, PublishedFiles? published) =>
        published?.IsUnchanged(output, sitePath, bytes, file) ?? SameBytes(file.FullName, bytes);

    private static bool SameBytes(string path, ImmutableArray<byte> bytes) =>
        new FileInfo(path).Length == bytes.Length && File.ReadAllBytes(path).AsSpan().SequenceEqual(bytes.AsSpan());

    /// <summary>Whether two files hold the same bytes, read a block at a time.</summary>
    internal static bool SameFiles(string first, string second)
    {
        using var a = new FileStream(first, FileMode.Open, FileAccess.Read, FileShare.Read, 1);
        using var b = new FileStream(second, FileMode.Open, FileAccess.Read, FileShare.Read, 1);
        if (a.Length != b.Length)
        {
            return false;
        }

        var (left, right) = (new byte[64 * 1024], new byte[64 * 1024]);
        int read;
        while ((read = a.ReadAtLeast(left, left.Length, throwOnEndOfStream: false)) > 0)
        {
            if (b.ReadAtLeast(right, read, throwOnEndOfStream: false) != read || !left.AsSpan(0, read).SequenceEqual(right.AsSpan(0, read)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A site path inside <paramref name="folder"/>; site paths are validated, so this cannot leave it.</summary>
    internal static string PathIn(string folder, string sitePath)
    {
        var path = Path.GetFullPath(Path.Combine(folder, sitePath.Replace('/', Path.DirectorySeparatorChar)));
        return OutputSafety.IsSameOrAncestor(folder, path) && path != folder
            ? path
            : throw new InvalidOperationException($"'{sitePath}' resolves outside '{folder}'.");
    }

    internal static void TryDelete(string folder)
    {
        try
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            // Best effort: the next run removes a staging folder that carries our marker.
        }
    }
}
