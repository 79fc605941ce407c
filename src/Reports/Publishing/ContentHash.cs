using System.Security.Cryptography;

namespace Reports.Publishing;

/// <summary>
/// Content fingerprints for long-lived caching: a file's name carries the first 8 hex digits of the SHA-256
/// of its bytes (<c>assets/style.css</c> → <c>assets/style.1a2b3c4d.css</c>), so a changed file gets a new URL.
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
}
