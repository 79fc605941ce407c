using System.Globalization;
using Reports.Pipeline;
using Reports.Pipeline.Modules;
using Reports.Preview;
using Reports.Publishing;
using Reports.Rendering.Charts;
using Reports.Rendering.Json;
using Reports.Rendering.Markdown;
using Reports.Site.Models;
using Reports.Site.Modules;
using Reports.Site.Outputs;
using Reports.Site.Views;

namespace Reports.Site;

/// <summary>
/// Every pipeline of the site in one table: its name (a noun), what it reads, and its steps in order, each with its
/// reason. The engine orders them by dependency. A session's caches are steps too: <see cref="CacheDocuments"/>
/// around the data, and the caches that <see cref="RenderCharts{TSet}"/> and <see cref="RenderPage"/> are given. The
/// publish step after the last pipeline (<see cref="SiteBuilder"/>) has two more: link scans, keyed by a page's bytes,
/// and published files, keyed by their bytes. Each is keyed by its stage's whole input (see <see cref="SiteBuildCache"/>).
/// </summary>
public static class SitePipelines
{
    public const string Data = "data";
    public const string DataVersion = "data-version";
    public const string Templates = "templates";
    public const string Narratives = "narratives";
    public const string Charts = "charts";
    public const string EvidenceCharts = "evidence-charts";
    public const string Assets = "assets";
    public const string Pages = "pages";
    public const string ViewModels = "view-models";
    public const string Home = "home";
    public const string Weeks = "weeks";
    public const string WeeksIndex = "weeks-index";
    public const string Compare = "compare";
    public const string Trends = "trends";
    public const string Gates = "gates";
    public const string Incidents = "incidents";
    public const string Findings = "findings";
    public const string Slos = "slos";
    public const string Ci = "ci";
    public const string Pillars = "pillars";
    public const string PillarsIndex = "pillars-index";
    public const string Methodology = "methodology";
    public const string Archive = "archive";
    public const string ArchiveIndex = "archive-index";
    public const string NotFound = "not-found";
    public const string Api = "api";
    public const string Feed = "feed";
    public const string Badges = "badges";
    public const string Sitemap = "sitemap";
    public const string Robots = "robots";
    public const string Redirects = "redirects";

    /// <summary>The pipelines that publish HTML pages (for the sitemap).</summary>
    public static readonly IReadOnlyList<string> PagePipelines = [Home, Weeks, WeeksIndex, Trends, Slos, Ci, Gates, Incidents, Findings, PillarsIndex, Pillars, Methodology, ArchiveIndex, Pages];

    /// <summary>Names the site's own pages and files use; a Markdown page of input/ may not take them.</summary>
    public static readonly IReadOnlySet<string> ReservedNames = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "index", "404", "weeks", "trends", "slos", "ci", "gates", "incidents", "findings", "pillars", "methodology", "api", "assets",
        "charts", "badges", "feed", "sitemap", "robots", "latest", "archive",
    };

    public static IReadOnlyList<PipelineDefinition> Create(SiteContext site)
    {
        ArgumentNullException.ThrowIfNull(site);
        var (options, urls, cache) = (site.Options, site.Urls, site.Cache);
        return
        [
            // The CSV files, validated and evaluated: everything else is computed from its one document.
            new PipelineDefinition(Data)
                .Process(
                    new CacheDocuments(cache?.Data, () => LoadData.InputKey(options.DataDirectory), new LoadData(options.DataDirectory), new EvaluateProgram()),
                    "read and check every CSV file (an error stops the build), then apply the rules; cached by the files' bytes")
                .Process(new WarnOfMissingGateResults(options.DataDirectory), "warn of weeks whose gate review was forgotten: their gates block the phase exit"),

            // A pipeline of its own so that asking git, or hashing the files, runs beside loading them.
            new PipelineDefinition(DataVersion)
                .Process(new ReadDataVersion(options.DataDirectory), "the commit or content hash every page and JSON file names"),

            // Parsed while the data loads; a template error stops rendering as a data error does.
            new PipelineDefinition(Templates)
                .Process(new LoadTemplates(), "parse every template, with the view models they may read"),

            new PipelineDefinition(Narratives)
                .Process(new ReadFiles("weeks", ".md"), "what reviewers wrote about a week, input/weeks/YYYY-MM-DD.md")
                .Process(new ReadWeekDate(), "the week comes from the file name")
                .Process(new RenderMarkdown(), "Markdown to HTML with raw HTML off and only safe link schemes")
                .Process(new NestNarrative(), "headings sit under the report's own 'Notes' heading"),

            new PipelineDefinition(Charts)
                .DependsOn(Data)
                .Process(new RenderCharts<SiteChartSet>(Data, SiteKeys.Charts, new SiteChartRenderer(cache?.Charts).Render), "trend, heatmap, incidents and days-to-resolve charts with their tables; cached by each chart's inputs"),

            new PipelineDefinition(EvidenceCharts)
                .DependsOn(Data)
                .Process(new RenderCharts<EvidenceChartSet>(Data, SiteKeys.EvidenceCharts, new EvidenceChartRenderer(cache?.EvidenceCharts).Render), "each SLO's daily attainment, the error budget burn-down and the flake rates; cached by each chart's inputs"),

            new PipelineDefinition(Assets)
                .Process(new CopyFiles("assets"), "the stylesheet and favicon, byte for byte; an input/ file replaces the theme's")
                .Process(new FingerprintFiles(), "content-hashed names, so browsers may cache them forever")
                .Process(new RecordAssetNames(), "pages link to the names the files got"),

            new PipelineDefinition(Pages)
                .Process(new ReadFiles("", ".md"), "every Markdown file of input/ and the theme")
                .Process(new FilterDocuments(d => !d.Get(DocumentKeys.File).RelativePath.Contains('/', StringComparison.Ordinal)), "only top-level files are pages; weeks/ holds narratives")
                .Process(new RenderMarkdown(), "front matter plus safe HTML")
                .Process(new FilterDocuments(d => !d.Get(MarkdownKeys.FrontMatter).Draft), "drafts are not published")
                .Process(new CreateContentPages(urls, ReservedNames), "title, description and address (name/) from the file")
                .Render(Rendered(cache), "pages/page.liquid inside the layout"),

            // Computed once before any page renders; charts are not needed, so weekly reports are built while they are drawn.
            new PipelineDefinition(ViewModels)
                .DependsOn(Data, DataVersion, Assets, Narratives, Pages)
                .Process(
                    new BuildViewModels(new ViewModelSources(Data, DataVersion, Assets, Narratives, Pages), site.SiteName, cache?.Markdown, options.Preview),
                    "format numbers, render Markdown cells safely (cached by their text), vet links, build the navigation"),

            Page(site, Home, "", "pages/home.liquid", "home", HomeContent, Charts),

            new PipelineDefinition(Weeks)
                .DependsOn(ViewModels, Archive)
                .Process(new CreateWeekPages(new WeekPageSources(Data, ViewModels, Archive), "pages/week.liquid", site), "a model per scored week at weeks/YYYY-MM-DD/, with its citation and archive status")
                .Process(new WriteWeekFiles(Data, ViewModels), "report.json, badge.svg and the scorecard and gates as CSV beside each report, pinned to its week")
                .Render(Rendered(cache), "pages/week.liquid inside the layout, in parallel"),

            // Derived views of two reports each: published and linked, but not listed in the sitemap (see PagePipelines).
            new PipelineDefinition(Compare)
                .DependsOn(Data, ViewModels, Archive)
                .Process(new CreateComparePages(new WeekPageSources(Data, ViewModels, Archive), "pages/compare.liquid", site), "each report beside the previous week and the last archived report, at weeks/YYYY-MM-DD/compare/YYYY-MM-DD/")
                .Render(Rendered(cache), "pages/compare.liquid inside the layout"),

            Page(site, WeeksIndex, "weeks/", "pages/weeks.liquid", "weeks", (views, _) => new PageContent(
                "Weekly reports", "Every weekly reliability report: total, phase and decision.", views.WeeksIndex())),
            Page(site, Trends, "trends/", "pages/trends.liquid", "trends", (_, context) => new PageContent(
                "Trends",
                "Reliability trends: total and category scores by week, incidents by severity and days to resolve.",
                ViewModelFactory.Trends(context.Single(Charts, SiteKeys.Charts))),
                Charts),
            Page(site, Slos, EvidenceViews.SloPage, "pages/slos.liquid", "slos", (views, context) => new PageContent(
                    "SLOs",
                    "Each service level objective: its objective, attainment, daily results, error budget burn and which are still unknown.",
                    views.Slos(context.Single(EvidenceCharts, SiteKeys.EvidenceCharts))),
                EvidenceCharts),
            Page(site, Ci, EvidenceViews.CiPage, "pages/ci.liquid", "ci", (views, context) => new PageContent(
                    "CI and drills",
                    "The required CI checks, the smoke test's failures in a row, flake rates, and rollback drills and spot checks with their cadence.",
                    views.Ci(context.Single(EvidenceCharts, SiteKeys.EvidenceCharts))),
                EvidenceCharts),
            Page(site, Gates, "gates/", "pages/gates.liquid", "gates", (views, _) => new PageContent(
                "Gates", "Exit gates of each phase: their status every week and their criteria.", views.Gates())),
            TablePages(site, Incidents, views => views.IncidentPages, "pages/incidents.liquid", "incidents", (views, page) => new PageContent(
                "Incidents", "Every recorded incident with its severity, pillar, dates and summary; open ones first.", views.Incidents(page))),
            TablePages(site, Findings, views => views.FindingPages, "pages/findings.liquid", "findings", (views, page) => new PageContent(
                "Findings", "Known issues, red-team findings and hardening work with priority, status and evidence.", views.Findings(page))),
            Page(site, PillarsIndex, "pillars/", "pages/pillars.liquid", "pillars", (views, _) => new PageContent(
                "Pillars", "The program's pillars: their SLOs, incidents and findings.", views.Pillars())),

            // One page per pillar of the policy, made like the table pages: each model first, then rendered.
            new PipelineDefinition(Pillars)
                .DependsOn(ViewModels)
                .Process(
                    new CreatePages(
                        ViewModels,
                        views => views.PillarKeys,
                        (views, key) => views.PillarHref(key),
                        "pages/pillar.liquid",
                        "pillars",
                        site.Urls,
                        (views, key) => new PageContent("Pillar " + key, "The " + key + " pillar: its owner, SLOs, incidents and findings.", views.Pillar(key))),
                    "a model per pillar at pillars/<key>/, computed before rendering")
                .Process(new WriteTableFiles(ViewModels), "its SLOs, incidents and findings as CSV beside each pillar's page")
                .Render(Rendered(cache), "pages/pillar.liquid inside the layout"),

            Page(site, Methodology, "methodology/", "pages/methodology.liquid", "methodology", (views, _) => new PageContent(
                "Methodology", "How the reliability score, the phase decisions and the gates are computed.", views.Methodology())),

            new PipelineDefinition(Archive)
                .DependsOn(Data)
                .Process(
                    new PublishArchive(options.DataDirectory, Data),
                    "verify each snapshot of data/archive/ against its manifest, copy it unchanged to archive/YYYY-MM-DD/, zip it, and compare it with today's data"),

            Page(site, ArchiveIndex, ArchivePaths.Index, "pages/archive.liquid", "archive", (_, context) => new PageContent(
                    "Archive",
                    "Weekly reports frozen as they were published: date, total, decision, checksum and a download of each.",
                    ArchiveViews.Index(context.Single(Archive, SiteKeys.Archive))),
                Archive),

            // Netlify serves 404.html at any unknown address, so its links start at the site root.
            new PipelineDefinition(NotFound)
                .DependsOn(ViewModels)
                .Process(new WriteFile("404.html", _ => ""), "the page's place; its links are absolute from the root")
                .Process(
                    new ForEachDocument(d => d
                        .With(SiteKeys.Page, new PageModel("Page not found", "There is no page at this address.", "404.html", "/", null, "not-found"))
                        .With(SiteKeys.Template, "pages/404.liquid")
                        .With(SiteKeys.Model, (object)new ContentPageModel("Page not found", new Rendering.Templates.TrustedHtml("")))),
                    "no model beyond the site's own")
                .Render(Rendered(cache), "pages/404.liquid inside the layout"),

            // Byte for byte what `reports status --json` prints for the same data.
            new PipelineDefinition(Api)
                .DependsOn(Data, DataVersion)
                .Process(
                    new WriteFile("api/weeks.json", context => WeeksContent(context.Single(Data, SiteKeys.Report), context.Single(DataVersion, SiteKeys.DataVersion))),
                    "api/weeks.json: the contract's JSON, schema 1, with the data version; written into its file as it is published, never held"),

            new PipelineDefinition(Feed)
                .DependsOn(Data)
                .Process(new WriteFile(AtomFeed.Path, context => AtomFeed.Write(context.Single(Data, SiteKeys.Report), site.SiteName, urls)), "an Atom entry per weekly report, newest first, dated by the week"),

            new PipelineDefinition(Badges)
                .DependsOn(Data)
                .Process(new WriteFile(SiteBadges.ScorePath, context => SiteBadges.Score(context.Single(Data, SiteKeys.Report))), "latest total, coloured by the policy's thresholds")
                .Process(new WriteFile(SiteBadges.PhasePath, context => SiteBadges.Phase(context.Single(Data, SiteKeys.Report))), "the phase the project is in now"),

            new PipelineDefinition(Sitemap)
                .Render(
                    new WriteFile(Outputs.Sitemap.Path, context => Outputs.Sitemap.Write(
                        PagePipelines.SelectMany(name => context.Outputs(name))
                            .Select(d => d.Destination)
                            .OfType<string>()
                            .Where(d => d == "index.html" || d.EndsWith("/index.html", StringComparison.Ordinal))
                            .Select(d => d[..^"index.html".Length]),
                        urls)),
                    "every page's address, known once all pipelines have processed"),

            new PipelineDefinition(Robots)
                .Process(new WriteFile(Outputs.Robots.Path, _ => Outputs.Robots.Write(urls)), "robots.txt: crawlers may read every page"),

            new PipelineDefinition(Redirects)
                .DependsOn(Data)
                .Process(new WriteFile(NetlifyRedirects.Path, context => NetlifyRedirects.Write(context.Single(Data, SiteKeys.Report))), "_redirects: /latest goes to this week's report"),
        ];
    }

    /// <summary>The shape of every one-page pipeline (Home, Trends, Gates …): make its model, then render its template.</summary>
    private static PipelineDefinition Page(
        SiteContext site, string name, string url, string template, string section, Func<ViewModelFactory, PipelineContext, PageContent> content, params string[] alsoAfter) =>
        new PipelineDefinition(name)
            .DependsOn([ViewModels, .. alsoAfter])
            .Process(new CreatePage(ViewModels, url, template, section, site.Urls, content), "the page's model at " + (url.Length == 0 ? "the root" : url) + ", computed before rendering")
            .Process(new WriteTableFiles(ViewModels), "the tables its model offers as CSV, beside the page")
            .Render(Rendered(site.Cache), template + " inside the layout");

    /// <summary>A long table's pipeline: its pages (<see cref="RowPages"/>: 500 rows to a page), each made, then rendered like any page.</summary>
    private static PipelineDefinition TablePages(
        SiteContext site, string name, Func<ViewModelFactory, RowPages> table, string template, string section, Func<ViewModelFactory, int, PageContent> content) =>
        new PipelineDefinition(name)
            .DependsOn(ViewModels)
            .Process(new CreateTablePages(ViewModels, table, template, section, site.Urls, content), "a model per page of " + RowPages.RowsPerPage + " rows, computed before rendering")
            .Process(new WriteTableFiles(ViewModels), "the whole table, every page of it, as one CSV file")
            .Render(Rendered(site.Cache), template + " inside the layout");

    private static RenderPage Rendered(SiteBuildCache? cache) => new(ViewModels, Templates, cache?.Pages);

    private static DocumentContent WeeksContent(Scoring.ProgramReport report, History.DataVersionInfo version) =>
        DocumentContent.Streamed(stream => WeeksJson.WriteTo(stream, report, version));

    private static PageContent HomeContent(ViewModelFactory views, PipelineContext context)
    {
        var model = views.Home(context.Single(Charts, SiteKeys.Charts));
        var description = model.Latest is { } week
            ? "Reliability status: Phase " + week.Phase.ToString(CultureInfo.InvariantCulture) + ", total " + week.Total + " / 100, decision: " + week.DecisionText + "."
            : "Reliability status: no week scored yet.";
        return new PageContent("Reliability status", description, model);
    }
}
