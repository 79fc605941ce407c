using Reports.Pipeline;
using Reports.Pipeline.Modules;
using Reports.Publishing;
using Reports.Site.Modules;

namespace Reports.Site.Pipelines;

/// <summary>Assets: the stylesheet and favicon from <c>theme/assets/</c> (or input/ overrides), under fingerprinted names.</summary>
public static class AssetsPipeline
{
    public const string Name = "assets";

    public static PipelineDefinition Create() => new PipelineDefinition(Name)
        .Process(new CopyFiles("assets"), "copy byte for byte; an input/ file replaces the theme's")
        .Process(new FingerprintFiles(), "content-hashed names, so browsers may cache them forever")
        .Process(new RecordAssetNames(), "pages link to the names the files got");
}
