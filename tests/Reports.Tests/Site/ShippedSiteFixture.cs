using Reports.Site;

namespace Reports.Tests.Site;

/// <summary>The repository's own data, pages and theme built once for a test class.</summary>
public sealed class ShippedSiteFixture : IDisposable
{
    public ShippedSiteFixture()
    {
        Folder = SiteFolder.Shipped();
        Outcome = Folder.Build();
        Site = new BuiltSite(Folder.OutputFiles());
    }

    public SiteFolder Folder { get; }

    public BuildOutcome Outcome { get; }

    public BuiltSite Site { get; }

    public void Dispose() => Folder.Dispose();
}
