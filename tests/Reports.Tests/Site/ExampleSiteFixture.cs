using Reports.Site;

namespace Reports.Tests.Site;

/// <summary>The example program of <c>examples/lumen-relay</c> (26 weeks with SLOs, CI runs and events) built once for a test class.</summary>
public sealed class ExampleSiteFixture : IDisposable
{
    public ExampleSiteFixture()
    {
        Folder = SiteFolder.Example("lumen-relay");
        Outcome = SiteBuilder.Build(Folder.Options(strict: true));
        Site = new BuiltSite(Folder.OutputFiles());
    }

    public SiteFolder Folder { get; }

    public BuildOutcome Outcome { get; }

    public BuiltSite Site { get; }

    public void Dispose() => Folder.Dispose();
}
