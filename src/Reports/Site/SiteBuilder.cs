using System.Collections.Immutable;
using Reports.Diagnostics;
using Reports.Pipeline;
using Reports.Publishing;
using Reports.Site.Config;
using Reports.Site.Outputs;

namespace Reports.Site;

/// <summary>
/// The composition root: every pipeline of the site, registered here explicitly and in one place, then run.
/// Everything is computed and rendered in memory first; only a build without errors (data, templates, and in
/// strict mode links) reaches the output folder, so a failed build leaves the previous site untouched.
/// </summary>
public static class SiteBuilder
{
    public const string SiteName = "Reliability report";

    public static BuildOutcome Build(SiteOptions options, CancellationToken ct = default) => Build(options, null, ct);

    /// <param name="cache">What earlier builds of this process computed; the output is the same with or without it.</param>
    public static BuildOutcome Build(SiteOptions options, SiteBuildCache? cache, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        // Under --strict a broken link stops the build, so links are checked before anything is written; otherwise
        // they only warn, and the check runs beside the writing.
        var (rendered, links) = RenderUnchecked(options, cache, ct);
        if (options.Strict || !rendered.Succeeded)
        {
            rendered = WithLinks(rendered, links);
            links = null;
            if (!rendered.Succeeded)
            {
                return BuildOutcome.Failed(rendered.Diagnostics);
            }
        }

        var safety = new OutputSafety(Directory.GetCurrentDirectory(), [options.DataDirectory, options.InputDirectory, options.ThemeDirectory]);
        PublishResult published;
        try
        {
            published = OutputWriter.Write(rendered.Files, options.OutputDirectory, safety, cache?.Published);
        }
        finally
        {
            // Whatever happened, the check is over before the build returns: the next one uses its cache.
            rendered = WithLinks(rendered, links);
        }

        List<Diagnostic> diagnostics = [.. rendered.Diagnostics, .. published.Diagnostics];
        return published.Succeeded
            ? new BuildOutcome(diagnostics, rendered.Files.Keys.Count(p => p.EndsWith(".html", StringComparison.Ordinal)), published.Written, published.Unchanged, published.Removed)
            {
                WrittenPaths = published.WrittenPaths,
                RemovedPaths = published.RemovedPaths,
            }
            : BuildOutcome.Failed(diagnostics);
    }

    /// <summary>Builds the whole site in memory and checks its links, writing nothing.</summary>
    public static RenderedSite Render(SiteOptions options, CancellationToken ct = default) => Render(options, null, ct);

    /// <inheritdoc cref="Render(SiteOptions, CancellationToken)"/>
    /// <param name="cache">What earlier builds of this process computed; the files are the same with or without it.</param>
    public static RenderedSite Render(SiteOptions options, SiteBuildCache? cache, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var (rendered, links) = RenderUnchecked(options, cache, ct);
        return WithLinks(rendered, links);
    }

    /// <summary>The site in memory, and its link check still running (null when nothing was rendered to check).</summary>
    private static (RenderedSite Site, Task<ImmutableArray<Diagnostic>>? Links) RenderUnchecked(SiteOptions options, SiteBuildCache? cache, CancellationToken ct)
    {
        cache?.BeginBuild();
        var config = SiteConfig.Load(options.InputDirectory);
        if (!config.Succeeded)
        {
            return (RenderedSite.Failed(config.Diagnostics), null);
        }

        // The command line (and the host's environment, which the command line reads) outrank input/site.yml.
        if (!SiteUrls.TryNormalize(options.BaseUrl, out var baseUrl))
        {
            return (RenderedSite.Failed([SiteErrors.InvalidBaseUrl(options.BaseUrl ?? "")]), null);
        }

        if (options.Production && (baseUrl ?? config.Value!.BaseUrl) is null)
        {
            return (RenderedSite.Failed([SiteErrors.MissingBaseUrl(DisplayName(options.InputDirectory) + "/" + SiteConfig.FileName)]), null);
        }

        var files = new OverlayFileSystem(
            new FileLayer(DisplayName(options.InputDirectory), options.InputDirectory),
            new FileLayer(DisplayName(options.ThemeDirectory), options.ThemeDirectory));
        if (files.Problems.Length > 0)
        {
            return (RenderedSite.Failed([.. config.Diagnostics, .. files.Problems]), null);
        }

        var site = new SiteContext(options, new SiteUrls(baseUrl ?? config.Value!.BaseUrl), config.Value!.Title ?? SiteName) { Cache = cache };
        var engine = CreateEngine(site);
        if (engine.Value is null)
        {
            return (RenderedSite.Failed(engine.Diagnostics), null);
        }

        var run = engine.Value.Run(files, ct);
        List<Diagnostic> diagnostics = [.. config.Diagnostics, .. run.Diagnostics];
        if (!run.Succeeded)
        {
            return (RenderedSite.Failed(diagnostics), null);
        }

        var output = run.ToFiles();
        var links = Task.Run(() => LinkChecker.Check(output, options.Strict ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning), CancellationToken.None);
        cache?.EndBuild();
        return (new RenderedSite(output, DiagnosticSink.Sort(diagnostics)), links);
    }

    /// <summary>The site with its link check's findings, once the check is done.</summary>
    private static RenderedSite WithLinks(RenderedSite site, Task<ImmutableArray<Diagnostic>>? links) =>
        links is null ? site : site with { Diagnostics = DiagnosticSink.Sort([.. site.Diagnostics, .. links.GetAwaiter().GetResult()]) };

    /// <summary>Every pipeline (<see cref="SitePipelines"/>), frozen into an engine that orders them by dependency.</summary>
    public static Result<Engine> CreateEngine(SiteContext site) =>
        SitePipelines.Create(site).Aggregate(Engine.CreateBuilder(), (builder, pipeline) => builder.AddPipeline(pipeline)).Build();

    /// <summary>How diagnostics name a folder: as given, with '/' separators (<c>input</c>, <c>my-site/theme</c>).</summary>
    private static string DisplayName(string directory)
    {
        var trimmed = directory.Replace('\\', '/').TrimEnd('/');
        return trimmed.Length == 0 ? "." : trimmed;
    }
}
