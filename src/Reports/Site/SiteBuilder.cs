using System.Collections.Immutable;
using Reports.Diagnostics;
using Reports.Pipeline;
using Reports.Preview;
using Reports.Publishing;
using Reports.Site.Config;
using Reports.Site.Outputs;

namespace Reports.Site;

/// <summary>
/// The composition root: every pipeline of the site, registered here explicitly and in one place, then run.
/// A build streams: each page is rendered, scanned for the link check (its addresses and ids only) and written to a
/// staging folder as it is produced, then dropped. Only a build without errors (data, templates, and in strict mode
/// links) moves the staged files into the output folder, so a failed build leaves the previous site untouched.
/// </summary>
public static class SiteBuilder
{
    public const string SiteName = "Reliability report";

    public static BuildOutcome Build(SiteOptions options, CancellationToken ct = default) => Build(options, null, ct);

    /// <param name="cache">What earlier builds of this process computed; the output is the same with or without it.</param>
    public static BuildOutcome Build(SiteOptions options, SiteBuildCache? cache, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var safety = new OutputSafety(Directory.GetCurrentDirectory(), [options.DataDirectory, options.InputDirectory, options.ThemeDirectory]);
        StagedOutput? staged = null;
        SiteLinks? links = null;
        ImmutableArray<Diagnostic> refused = [];
        var pages = 0;
        var run = Run(options, cache, ct, documents =>
        {
            var paths = documents.Select(d => d.Destination!).ToHashSet(StringComparer.Ordinal);
            (staged, refused) = OutputWriter.Begin(paths, options.OutputDirectory, safety, cache?.Published);
            if (staged is null)
            {
                return;
            }

            links = new SiteLinks(paths, options.Strict ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning, scans: cache?.Links);
            pages = paths.Count(p => p.EndsWith(".html", StringComparison.Ordinal));
            var timings = options.Timings;
            Timed(timings, "publish", () => OrderedParallel.ForEach(documents.Length, ct, i =>
            {
                var (path, content) = (documents[i].Destination!, documents[i].Content);
                if (content.IsStreamed && !SiteLinks.Reads(path))
                {
                    Timed(timings, "publish: write (threads added)", () => staged.AddStreamed(path, content.WriteTo));
                    return;
                }

                var bytes = Timed(timings, "publish: render pages, make files (threads added)", content.AsBytes);
                Timed(timings, "publish: check links (threads added)", () => links.Add(path, bytes.AsSpan()));
                Timed(timings, "publish: write (threads added)", () => staged.Add(path, bytes));
            }));
        });

        using (staged)
        {
            List<Diagnostic> diagnostics = [.. run.Diagnostics, .. refused];
            if (links is not null)
            {
                diagnostics.AddRange(links.Check());
            }

            diagnostics = [.. DiagnosticSink.Sort(diagnostics)];
            if (staged is null || diagnostics.Any(d => d.IsError))
            {
                return BuildOutcome.Failed(diagnostics);
            }

            cache?.EndBuild();
            var published = Timed(options.Timings, "publish: move into place", staged.Commit);
            diagnostics.AddRange(published.Diagnostics);
            return published.Succeeded
                ? new BuildOutcome(diagnostics, pages, published.Written, published.Unchanged, published.Removed)
                {
                    WrittenPaths = published.WrittenPaths,
                    RemovedPaths = published.RemovedPaths,
                }
                : BuildOutcome.Failed(diagnostics);
        }
    }

    /// <summary>Builds the whole site in memory and checks its links, writing nothing.</summary>
    public static RenderedSite Render(SiteOptions options, CancellationToken ct = default) => Render(options, null, ct);

    /// <inheritdoc cref="Render(SiteOptions, CancellationToken)"/>
    /// <param name="cache">What earlier builds of this process computed; the files are the same with or without it.</param>
    public static RenderedSite Render(SiteOptions options, SiteBuildCache? cache, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var run = Run(options, cache, ct, publish: null);
        if (!run.Succeeded)
        {
            return RenderedSite.Failed(run.Diagnostics);
        }

        cache?.EndBuild();
        var files = run.Files;
        var links = LinkChecker.Check(files, options.Strict ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning);
        return new RenderedSite(files, DiagnosticSink.Sort([.. run.Diagnostics, .. links]));
    }

    /// <summary>
    /// Runs the engine: with <paramref name="publish"/>, which is given the site's documents to write while the run is
    /// open; without, the site comes back in memory (<see cref="SiteRun.Files"/>).
    /// </summary>
    private static SiteRun Run(SiteOptions options, SiteBuildCache? cache, CancellationToken ct, Action<ImmutableArray<Document>>? publish)
    {
        cache?.BeginBuild();
        var config = SiteConfig.Load(options.InputDirectory);
        if (!config.Succeeded)
        {
            return new SiteRun(config.Diagnostics);
        }

        // The command line (and the host's environment, which the command line reads) outrank input/site.yml.
        if (!SiteUrls.TryNormalize(options.BaseUrl, out var baseUrl))
        {
            return new SiteRun([SiteErrors.InvalidBaseUrl(options.BaseUrl ?? "")]);
        }

        if (options.Production && (baseUrl ?? config.Value!.BaseUrl) is null)
        {
            return new SiteRun([SiteErrors.MissingBaseUrl(DisplayName(options.InputDirectory) + "/" + SiteConfig.FileName)]);
        }

        var files = new OverlayFileSystem(
            new FileLayer(DisplayName(options.InputDirectory), options.InputDirectory),
            new FileLayer(DisplayName(options.ThemeDirectory), options.ThemeDirectory));
        if (files.Problems.Length > 0)
        {
            return new SiteRun([.. config.Diagnostics, .. files.Problems]);
        }

        var site = new SiteContext(options, new SiteUrls(baseUrl ?? config.Value!.BaseUrl), config.Value!.Title ?? SiteName) { Cache = cache };
        var engine = CreateEngine(site);
        if (engine.Value is null)
        {
            return new SiteRun(engine.Diagnostics);
        }

        var run = engine.Value.Run(files, ct, publish, options.Timings);
        return new SiteRun([.. config.Diagnostics, .. run.Diagnostics]) { Files = publish is null && run.Succeeded ? run.ToFiles() : Empty };
    }

    private static readonly ImmutableSortedDictionary<string, ImmutableArray<byte>> Empty =
        ImmutableSortedDictionary<string, ImmutableArray<byte>>.Empty.WithComparers(StringComparer.Ordinal);

    /// <summary>What a run of the engine gave: its diagnostics, sorted, and the site in memory when it was not streamed.</summary>
    private sealed record SiteRun(IReadOnlyList<Diagnostic> Unsorted)
    {
        public IReadOnlyList<Diagnostic> Diagnostics { get; } = DiagnosticSink.Sort(Unsorted);

        public bool Succeeded => !Diagnostics.Any(d => d.IsError);

        public ImmutableSortedDictionary<string, ImmutableArray<byte>> Files { get; init; } = Empty;
    }

    /// <summary>Every pipeline (<see cref="SitePipelines"/>), frozen into an engine that orders them by dependency.</summary>
    public static Result<Engine> CreateEngine(SiteContext site) =>
        SitePipelines.Create(site).Aggregate(Engine.CreateBuilder(), (builder, pipeline) => builder.AddPipeline(pipeline)).Build();

    private static T Timed<T>(StepTimings? timings, string name, Func<T> work) => timings is null ? work() : timings.Measure(name, work);

    private static void Timed(StepTimings? timings, string name, Action work)
    {
        if (timings is null)
        {
            work();
        }
        else
        {
            timings.Measure(name, work);
        }
    }

    /// <summary>How diagnostics name a folder: as given, with '/' separators (<c>input</c>, <c>my-site/theme</c>).</summary>
    private static string DisplayName(string directory)
    {
        var trimmed = directory.Replace('\\', '/').TrimEnd('/');
        return trimmed.Length == 0 ? "." : trimmed;
    }
}
