using System.Text;
using Reports.Diagnostics;
using Reports.Domain;

namespace Reports.Archive;

/// <summary>
/// The <c>manifest.json</c> of a published weekly snapshot (<c>data/archive/YYYY-MM-DD/</c>): the week's
/// headline numbers and every other file of the folder with its size and SHA-256, so that
/// <see cref="ArchiveVerifier"/> can prove the snapshot is exactly what was published. Format: <c>docs/archive.md</c>.
/// </summary>
/// <param name="Schema">The manifest format's version, <see cref="CurrentSchema"/>.</param>
/// <param name="Files">Every file of the folder but the manifest itself, in ordinal path order.</param>
public sealed record ArchiveManifest(
    int Schema,
    DateOnly WeekOf,
    decimal Total,
    Decision Decision,
    int Phase,
    string DataVersion,
    IReadOnlyList<ArchiveFile> Files)
{
    public const int CurrentSchema = 1;

    /// <summary>
    /// The first day of the week's validation window when the week was in phase 2; written since the window could
    /// not be told from the snapshot's rows, so older manifests lack it (their weeks are evaluated with a window that
    /// opens on the week itself).
    /// </summary>
    public DateOnly? ValidationWindowStart { get; init; }

    /// <summary>
    /// Hashes every file in <paramref name="folder"/> (subfolders included, <c>manifest.json</c> excepted), writes
    /// the manifest there and returns it. Call it once the snapshot's files are complete: a file added later is
    /// reported by <see cref="ArchiveVerifier"/> as not in the manifest.
    /// </summary>
    public static ArchiveManifest Create(string folder, SnapshotMetadata metadata)
    {
        ArgumentNullException.ThrowIfNull(folder);
        ArgumentNullException.ThrowIfNull(metadata);
        var files = SnapshotFiles.List(folder)
            .Select(path => Describe(folder, path))
            .ToArray();
        var manifest = new ArchiveManifest(CurrentSchema, metadata.WeekOf, metadata.Total, metadata.Decision, metadata.Phase, metadata.DataVersion, files)
        {
            ValidationWindowStart = metadata.ValidationWindowStart,
        };
        File.WriteAllText(Path.Combine(folder, ArchiveLayout.ManifestFileName), manifest.ToJson(), new UTF8Encoding(false));
        return manifest;
    }

    /// <summary>Reads and checks a manifest; diagnostics point at <paramref name="manifestPath"/> as given.</summary>
    public static Result<ArchiveManifest> Read(string manifestPath)
    {
        ArgumentNullException.ThrowIfNull(manifestPath);
        var at = SourceLocation.File(manifestPath.Replace('\\', '/'));
        if (!File.Exists(manifestPath))
        {
            return new Result<ArchiveManifest>(null, [DataErrors.ArchiveManifestMissing(at)]);
        }

        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(manifestPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new Result<ArchiveManifest>(null, [DataErrors.CannotRead(at, e.Message)]);
        }

        return ManifestJson.Parse(bytes, at.Path);
    }

    /// <summary>The manifest as written to disk: keys in a fixed order, paths sorted, indented by 2, <c>\n</c> line ends.</summary>
    public string ToJson() => ManifestJson.Write(this);

    private static ArchiveFile Describe(string folder, string relativePath)
    {
        var path = Path.Combine(folder, relativePath);
        return new ArchiveFile(relativePath, new FileInfo(path).Length, FileDigest.Sha256(path));
    }
}
