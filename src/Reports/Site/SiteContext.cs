using Reports.Preview;
using Reports.Site.Outputs;

namespace Reports.Site;

/// <summary>What every pipeline of one build shares: the options, the site's addresses and its name.</summary>
public sealed record SiteContext(SiteOptions Options, SiteUrls Urls, string SiteName)
{
    /// <summary>What earlier builds of this process computed (serve keeps one); null for a one-off build.</summary>
    public SiteBuildCache? Cache { get; init; }
}
