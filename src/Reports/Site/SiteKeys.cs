using Reports.Domain;
using Reports.History;
using Reports.Pipeline;
using Reports.Rendering.Charts;
using Reports.Rendering.Templates;
using Reports.Scoring;
using Reports.Site.Models;
using Reports.Site.Views;

namespace Reports.Site;

/// <summary>Metadata the site's pipelines pass to each other, one typed key each.</summary>
public static class SiteKeys
{
    public static readonly MetadataKey<ReliabilityData> Data = new("reliability-data");

    public static readonly MetadataKey<ProgramReport> Report = new("program-report");

    public static readonly MetadataKey<SiteChartSet> Charts = new("chart-set");

    /// <summary>The charts of the SLO and CI pages.</summary>
    public static readonly MetadataKey<EvidenceChartSet> EvidenceCharts = new("evidence-chart-set");

    /// <summary>The version of the data the site is computed from (commit or content hash).</summary>
    public static readonly MetadataKey<DataVersionInfo> DataVersion = new("data-version");

    /// <summary>The published snapshots of <c>data/archive/</c>, each with what today's data would change in it.</summary>
    public static readonly MetadataKey<PublishedArchive> Archive = new("published-archive");

    /// <summary>Original asset path (<c>assets/site.css</c>) → published, fingerprinted path (<c>assets/site.1a2b3c4d.css</c>).</summary>
    public static readonly MetadataKey<IReadOnlyDictionary<string, string>> Assets = new("asset-paths");

    /// <summary>The week a narrative belongs to (from its file name).</summary>
    public static readonly MetadataKey<DateOnly> Week = new("week");

    /// <summary>The parsed templates every page renders with.</summary>
    public static readonly MetadataKey<TemplateSet> Templates = new("template-set");

    public static readonly MetadataKey<ViewModelFactory> Views = new("view-model-factory");

    public static readonly MetadataKey<SiteModel> Site = new("site-model");

    public static readonly MetadataKey<PageModel> Page = new("page-model");

    /// <summary>The page's own model (<c>model</c> in its template).</summary>
    public static readonly MetadataKey<object> Model = new("view-model");

    /// <summary>
    /// Makes the page's own model when the page renders, in place of <see cref="Model"/>: where a site has a page per
    /// week, the models are made one page at a time and dropped with the page, never held all at once.
    /// </summary>
    public static readonly MetadataKey<Func<object>> MakeModel = new("make-view-model");

    /// <summary>The page template, relative to the theme (<c>pages/week.liquid</c>).</summary>
    public static readonly MetadataKey<string> Template = new("template");

    /// <summary>A Markdown page's navigation entry, when its front matter asks for one (<c>order</c>).</summary>
    public static readonly MetadataKey<NavLink?> NavEntry = new("nav-entry");
}
