using System.Collections.Immutable;
using System.Security.Cryptography;
using Reports.Pipeline;

namespace Reports.Site.Modules;

/// <summary>
/// Renames each asset after its content (<c>assets/site.css</c> → <c>assets/site.1a2b3c4d5e.css</c>), so it can be
/// cached forever, and records the mapping for the templates. The name depends only on the bytes.
/// </summary>
public sealed class FingerprintAssets : IModule
{
    public ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, PipelineContext context)
    {
        var map = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var renamed = inputs.Select(document =>
        {
            if (document.Destination is not { } destination)
            {
                return document;
            }

            var published = Fingerprinted(destination, document.Content.AsBytes().AsSpan());
            map[destination["assets/".Length..]] = published;
            return document.WithDestination(published);
        }).ToList();
        return [.. renamed, Document.Compute().With(SiteKeys.Assets, (IReadOnlyDictionary<string, string>)map)];
    }

    public static string Fingerprinted(string path, ReadOnlySpan<byte> content)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(content))[..10];
        var slash = path.LastIndexOf('/');
        var dot = path.LastIndexOf('.');
        return dot > slash + 1 ? path[..dot] + "." + hash + path[dot..] : path + "." + hash;
    }
}
