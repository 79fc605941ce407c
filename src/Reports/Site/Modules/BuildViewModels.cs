using System.Collections.Immutable;
using Reports.Pipeline;
using Reports.Preview;
using Reports.Rendering.Markdown;
using Reports.Site.Models;
using Reports.Site.Views;

namespace Reports.Site.Modules;

/// <summary>The pipelines whose computed outputs the view models are made from.</summary>
public sealed record ViewModelSources(string Data, string DataVersion, string Assets, string Narratives, string Pages);

/// <summary>
/// Builds, once, what every page's template reads: the view-model factory (numbers formatted, Markdown cells
/// rendered safely, links vetted) and the site model (name, fingerprinted assets, navigation).
/// </summary>
/// <param name="markdown">Converted Markdown cells kept across rebuilds, by their text; null converts every cell.</param>
/// <param name="preview">Pages name the data version <c>preview</c> (see <see cref="SiteOptions.Preview"/>).</param>
public sealed class BuildViewModels(ViewModelSources sources, string siteName, MarkdownCache? markdown = null, bool preview = false) : IModule
{
    /// <summary>The fixed sections, in navigation order; Markdown pages from input/ follow.</summary>
    public static readonly IReadOnlyList<NavLink> Sections =
    [
        new("home", "Status", ""),
        new("weeks", "Weekly reports", "weeks/"),
        new("trends", "Trends", "trends/"),
        new("slos", "SLOs", "slos/"),
        new("ci", "CI and drills", "ci/"),
        new("gates", "Gates", "gates/"),
        new("incidents", "Incidents", "incidents/"),
        new("findings", "Findings", "findings/"),
        new("pillars", "Pillars", "pillars/"),
        new("methodology", "Methodology", "methodology/"),
        new("archive", "Archive", Outputs.ArchivePaths.Index),
    ];

    /// <summary>What a preview's pages print for the data version.</summary>
    public const string PreviewVersion = "preview";

    public ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, PipelineContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var report = context.Single(sources.Data, SiteKeys.Report);
        var scored = report.Weeks.Select(w => w.WeekOf).ToHashSet();

        var narratives = new Dictionary<DateOnly, Narrative>();
        foreach (var narrative in context.Outputs(sources.Narratives).Where(d => d.Has(SiteKeys.Week)))
        {
            var week = narrative.Get(SiteKeys.Week);
            if (scored.Contains(week))
            {
                var summary = narrative.Get(MarkdownKeys.FrontMatter).Fields.GetValueOrDefault("summary");
                narratives[week] = new Narrative(narrative.Content.AsText(), string.IsNullOrWhiteSpace(summary) ? null : summary);
            }
            else
            {
                context.Diagnostics.Add(SiteErrors.NarrativeWithoutWeek(narrative.Source ?? "", week));
            }
        }

        var assets = context.Single(sources.Assets, SiteKeys.Assets);
        var stylesheet = Asset(assets, "site.css", context);
        var favicon = Asset(assets, "favicon.svg", context);
        var nav = Sections.Concat(context.Outputs(sources.Pages).Select(p => p.GetOrDefault(SiteKeys.NavEntry, null)).OfType<NavLink>()).ToArray();
        var latest = report.Latest;
        var site = new SiteModel(
            siteName,
            stylesheet,
            favicon,
            nav,
            latest is null ? null : ViewModelFactory.WeekHref(latest.WeekOf),
            latest is null ? null : Format.Date(latest.WeekOf),
            preview ? PreviewVersion : context.Single(sources.DataVersion, SiteKeys.DataVersion).Short,
            preview ? PreviewVersion : context.Single(sources.DataVersion, SiteKeys.DataVersion).Id);
        var views = new ViewModelFactory(report, narratives, markdown);
        return inputs.Add(Document.Compute().With(SiteKeys.Views, views).With(SiteKeys.Site, site));
    }

    private static string Asset(IReadOnlyDictionary<string, string> assets, string name, PipelineContext context)
    {
        if (assets.TryGetValue("assets/" + name, out var path))
        {
            return path;
        }

        context.Diagnostics.Add(SiteErrors.MissingAsset(name));
        return "assets/" + name;
    }
}
