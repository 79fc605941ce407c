namespace Reports.Tests.EndToEnd;

/// <summary>The test classes that share one built site, one server and one browser (<see cref="SiteInBrowserFixture"/>).</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<SiteInBrowserFixture>
{
    public const string Name = "Browser";
}
