using System.Security.Cryptography;
using System.Text;
using Reports.Archive;
using Reports.Paths;

namespace Reports.Publishing;

/// <summary>
/// The SHA-256 content hashes the site publishes: a fingerprinted file name carries the first 8 hex digits of its
/// bytes' hash (<c>assets/style.css</c> → <c>assets/style.1a2b3c4d.css</c>), so a changed file gets a new URL; and a
/// data folder outside git is versioned by the hash of its files (<see cref="OfFolder"/>).
/// </summary>
public static class ContentHash
{
    /// <summary>The first 8 lowercase hex digits of the SHA-256 of <paramref name="content"/>.</summary>
    public static string Of(ReadOnlySpan<byte> content) => Convert.ToHexStringLower(SHA256.HashData(content))[..8];

    /// <summary><paramref name="sitePath"/> with the hash inserted before its extension (or appended when it has none).</summary>
    public static string Fingerprint(string sitePath, ReadOnlySpan<byte> content)
    {
        ArgumentException.ThrowIfNullOrEmpty(sitePath);
        var slash = sitePath.LastIndexOf('/');
        var dot = sitePath.LastIndexOf('.');
        var hash = Of(content);
        return dot > slash + 1
            ? $"{sitePath[..dot]}.{hash}{sitePath[dot..]}"
            : $"{sitePath}.{hash}";
    }

    /// <summary>
    /// SHA-256 over a data folder's files: the lines <c>"{sha256 of file}  {relative path}\n"</c>, paths with '/'
    /// in ordinal order, hashed again. It is what <c>sha256sum</c> prints for the same files, so anyone can
    /// reproduce it:
    /// <c>cd data &amp;&amp; find . -type f ! -path './archive/*' ! -path '*/.git/*' | sed 's|^\./||' | LC_ALL=C sort | xargs sha256sum | sha256sum</c>.
    /// The archive is left out: its snapshots record the data version they were made from, so counting them
    /// would change the version by the act of archiving it. A repository's own <c>.git</c> is not data either.
    /// </summary>
    public static string OfFolder(string directory)
    {
        // Dot-files are data too; links are never followed while walking, and one leading out is not data.
        var files = FolderWalk.List(directory).Files
            .Select(f => f.RelativePath)
            .Where(f => !f.StartsWith(ArchiveLayout.FolderName + "/", StringComparison.Ordinal) && !f.Split('/').Contains(".git", StringComparer.Ordinal))
            .Order(StringComparer.Ordinal);

        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in files)
        {
            hash.AppendData(Encoding.UTF8.GetBytes($"{FileDigest.Sha256(Path.Combine(directory, file))}  {file}\n"));
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
