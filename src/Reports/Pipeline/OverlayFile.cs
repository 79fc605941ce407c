namespace Reports.Pipeline;

/// <summary>A file as the overlay sees it: the winning layer's copy of one relative path.</summary>
/// <param name="RelativePath">'/'-separated path inside the layer, e.g. <c>layouts/base.liquid</c>.</param>
public sealed record OverlayFile(string RelativePath, FileLayer Layer)
{
    /// <summary>The path diagnostics show, e.g. <c>theme/layouts/base.liquid</c>.</summary>
    public string DisplayPath => $"{Layer.DisplayName.TrimEnd('/', '\\')}/{RelativePath}";

    public string PhysicalPath => Path.Combine(Layer.Root, RelativePath.Replace('/', Path.DirectorySeparatorChar));
}
