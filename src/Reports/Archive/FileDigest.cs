using System.Security.Cryptography;

namespace Reports.Archive;

/// <summary>SHA-256 of a file's bytes as lower-case hex, the form <c>sha256sum</c> prints.</summary>
internal static class FileDigest
{
    public static string Sha256(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}
