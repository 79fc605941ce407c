using System.Collections.Immutable;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Primitives;
using Reports.Diagnostics;
using Reports.Paths;

namespace Reports.Pipeline;

/// <summary>
/// Folders stacked on each other: a file in an earlier layer hides the file at the same relative path in a
/// later one (<c>input/</c> over <c>theme/</c>). The merged tree is read once, on first use, and listed in
/// ordinal order. Dot-files and dot-folders are skipped (editor and VCS litter); each layer is walked by
/// <see cref="FolderWalk"/>'s rule, so a link that leaves its layer is never read and is one of <see cref="Problems"/>.
/// Also an <see cref="IFileProvider"/>, which is what Fluid reads.
/// </summary>
public sealed class OverlayFileSystem : IFileProvider
{
    private readonly Lazy<(ImmutableSortedDictionary<string, OverlayFile> Files, ImmutableArray<Diagnostic> Problems)> _index;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, OverlayFileInfo> _infos = new(StringComparer.Ordinal);

    /// <param name="layers">Highest priority first.</param>
    public OverlayFileSystem(params IEnumerable<FileLayer> layers)
    {
        Layers = [.. layers];
        _index = new(Index, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public static OverlayFileSystem Empty { get; } = new();

    public ImmutableArray<FileLayer> Layers { get; }

    /// <summary>Every visible file, ordinal by relative path.</summary>
    public IEnumerable<OverlayFile> Files => _index.Value.Files.Values;

    /// <summary>Symbolic links that lead outside their layer's folder: errors, for the build to stop at.</summary>
    public ImmutableArray<Diagnostic> Problems => _index.Value.Problems;

    /// <summary>Files under <paramref name="folder"/> (recursively; "" for all), optionally ending in <paramref name="extension"/> (".md").</summary>
    public ImmutableArray<OverlayFile> EnumerateFiles(string folder = "", string? extension = null)
    {
        var prefix = folder.Trim('/');
        prefix = prefix.Length == 0 ? "" : prefix + "/";
        return [.. Files.Where(f =>
            f.RelativePath.StartsWith(prefix, StringComparison.Ordinal)
            && (extension is null || f.RelativePath.EndsWith(extension, StringComparison.OrdinalIgnoreCase)))];
    }

    public bool TryGetFile(string relativePath, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out OverlayFile? file)
    {
        file = null;
        var key = Normalize(relativePath);
        return key is not null && _index.Value.Files.TryGetValue(key, out file);
    }

    public bool Exists(string relativePath) => TryGetFile(relativePath, out _);

    public string ReadAllText(string relativePath) => File.ReadAllText(Require(relativePath).PhysicalPath);

    public ImmutableArray<byte> ReadAllBytes(string relativePath) => [.. File.ReadAllBytes(Require(relativePath).PhysicalPath)];

    public IFileInfo GetFileInfo(string subpath) =>
        TryGetFile(subpath, out var file) ? Info(file) : new NotFoundFileInfo(subpath);

    public IDirectoryContents GetDirectoryContents(string subpath)
    {
        var folder = Normalize(subpath) ?? (subpath.Trim('/').Length == 0 ? "" : null);
        if (folder is null)
        {
            return NotFoundDirectoryContents.Singleton;
        }

        var prefix = folder.Length == 0 ? "" : folder + "/";
        var entries = new SortedDictionary<string, IFileInfo>(StringComparer.Ordinal);
        foreach (var file in Files.Where(f => f.RelativePath.StartsWith(prefix, StringComparison.Ordinal)))
        {
            var rest = file.RelativePath[prefix.Length..];
            var slash = rest.IndexOf('/', StringComparison.Ordinal);
            if (slash < 0)
            {
                entries[rest] = Info(file);
            }
            else
            {
                var name = rest[..slash];
                entries.TryAdd(name, new OverlayDirectoryInfo(name));
            }
        }

        return entries.Count == 0 && prefix.Length > 0
            ? NotFoundDirectoryContents.Singleton
            : new OverlayDirectoryContents([.. entries.Values]);
    }

    /// <summary>The overlay is a snapshot of one build: it never signals changes.</summary>
    public IChangeToken Watch(string filter) => NullChangeToken.Singleton;

    private OverlayFileInfo Info(OverlayFile file) => _infos.GetOrAdd(file.RelativePath, _ => new OverlayFileInfo(file));

    private OverlayFile Require(string relativePath) =>
        TryGetFile(relativePath, out var file)
            ? file
            : throw new FileNotFoundException($"'{relativePath}' is in none of the layers.", relativePath);

    /// <summary>Lookup key for a requested path, or null when it can never name a file (e.g. contains '..').</summary>
    private static string? Normalize(string path)
    {
        var trimmed = path.Replace('\\', '/').TrimStart('/');
        if (trimmed.StartsWith("./", StringComparison.Ordinal))
        {
            trimmed = trimmed[2..];
        }

        return SitePath.IsValid(trimmed) ? trimmed : null;
    }

    private (ImmutableSortedDictionary<string, OverlayFile> Files, ImmutableArray<Diagnostic> Problems) Index()
    {
        var builder = ImmutableSortedDictionary.CreateBuilder<string, OverlayFile>(StringComparer.Ordinal);
        var problems = ImmutableArray.CreateBuilder<Diagnostic>();

        // Lowest priority first, so that higher layers overwrite.
        foreach (var layer in Layers.Reverse())
        {
            var contents = FolderWalk.List(layer.Root, skipDotEntries: true);
            problems.AddRange(contents.LinksLeaving.Select(link => PathErrors.LinkLeavesFolder(new OverlayFile(link, layer).DisplayPath, layer.DisplayName)));
            foreach (var file in contents.Files.Where(f => SitePath.IsValid(f.RelativePath)))
            {
                builder[file.RelativePath] = new OverlayFile(file.RelativePath, layer);
            }
        }

        return (builder.ToImmutable(), problems.ToImmutable());
    }
}
