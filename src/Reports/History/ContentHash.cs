using System.Security.Cryptography;
using System.Text;
using Reports.Archive;
using Reports.Paths;

namespace Reports.History;

/// <summary>
/// SHA-256 over a data folder's files: the lines <c>"{sha256 of file}  {relative path}\n"</c>, paths with '/'
/// in ordinal order, hashed again. It is what <c>sha256sum</c> prints for the same files, so anyone can
/// reproduce it:
/// <c>cd data &amp;&amp; find . -type f ! -path './archive/*' ! -path '*/.git/*' | sed 's|^\./||' | LC_ALL=C sort | xargs sha256sum | sha256sum</c>.
/// </summary>
internal static class ContentHash
{
    public static string Of(string directory)
    {
        // Dot-files are data too; links are never followed while walking, and one leading out is not data.
        var files = FolderWalk.List(directory).Files
            .Select(f => f.RelativePath)
            .Where(IsData)
            .Order(StringComparer.Ordinal);

        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in files)
        {
            hash.AppendData(Encoding.UTF8.GetBytes($"{FileDigest.Sha256(Path.Combine(directory, file))}  {file}\n"));
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>
    /// The archive is left out: its snapshots record the data version they were made from, so counting them
    /// would change the version by the act of archiving it. A repository's own <c>.git</c> is not data either.
    /// </summary>
    public static bool IsData(string relativePath) =>
        !relativePath.StartsWith(ArchiveLayout.FolderName + "/", StringComparison.Ordinal)
        && !relativePath.Split('/').Contains(".git", StringComparer.Ordinal);
}
