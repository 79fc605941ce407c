namespace Reports.Site;

/// <summary>What to build from and where to: the folders of <c>reports build</c> and its switches.</summary>
/// <param name="InputDirectory">Markdown pages, week narratives and overrides of any theme file (same relative path).</param>
/// <param name="Strict">Broken internal links and images fail the build instead of warning.</param>
/// <param name="BaseUrl">The site's public address (<c>https://reliability.example.org</c>): enables canonical links and absolute feed and sitemap addresses.</param>
/// <param name="Production">
/// The build is the one that gets published: without a base URL (here or in <c>input/site.yml</c>) it fails
/// (RPT964) instead of telling readers that citations are relative.
/// </param>
/// <param name="Preview">
/// For <c>reports serve</c>: page footers say <c>preview</c> where a published site names the data version, which
/// every data edit changes; so an edit re-renders and rewrites only the pages whose figures changed. The JSON files
/// still carry the real version.
/// </param>
public sealed record SiteOptions(
    string DataDirectory,
    string InputDirectory,
    string ThemeDirectory,
    string OutputDirectory,
    bool Strict,
    string? BaseUrl = null,
    bool Production = false,
    bool Preview = false)
{
    /// <summary>When given, the build adds the time of each pipeline step and of the publish step's parts to it (<c>--timings</c>).</summary>
    public Pipeline.StepTimings? Timings { get; init; }

    /// <summary>The defaults of <c>reports build</c>: data/, input/, theme/ → output/, relative to <paramref name="root"/>.</summary>
    public static SiteOptions Defaults(string root = ".") => new(
        Path.Combine(root, "data"),
        Path.Combine(root, "input"),
        Path.Combine(root, "theme"),
        Path.Combine(root, "output"),
        Strict: false);
}
