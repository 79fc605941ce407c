namespace Reports.Pipeline;

/// <summary>Metadata the engine's own modules set.</summary>
public static class DocumentKeys
{
    /// <summary>The overlay file a document was read from (set by <c>ReadFiles</c> and <c>CopyFiles</c>).</summary>
    public static readonly MetadataKey<OverlayFile> File = new("file");
}
