using System.Collections.Immutable;
using Reports.Pipeline;

namespace Reports.Publishing;

/// <summary>
/// Renames each published document to its <see cref="ContentHash.Fingerprint"/> and remembers the old
/// destination under <see cref="OriginalDestination"/>, so pages can link to <c>assets/style.css</c> by name.
/// </summary>
public sealed class FingerprintFiles : IModule
{
    public static readonly MetadataKey<string> OriginalDestination = new("original-destination");

    public ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, PipelineContext context) =>
        [.. inputs.Select(d => d.Destination is null
            ? d
            : d.WithDestination(ContentHash.Fingerprint(d.Destination, d.Content.AsBytes().AsSpan())).With(OriginalDestination, d.Destination))];

    /// <summary>Original destination → fingerprinted one, for documents this module renamed.</summary>
    public static ImmutableSortedDictionary<string, string> Map(IEnumerable<Document> documents) =>
        documents.Where(d => d.Has(OriginalDestination))
            .ToImmutableSortedDictionary(d => d.Get(OriginalDestination), d => d.Destination!, StringComparer.Ordinal);
}
