using System.Collections.Immutable;
using Reports.Diagnostics;
using Reports.Pipeline;

namespace Reports.Publishing;

/// <summary>
/// Checks, before anything is published, that every internal link of the site resolves: each
/// <c>href</c>, <c>src</c>, <c>srcset</c> and <c>poster</c> of every .html file and each CSS <c>url()</c>
/// must name a produced file (<c>/weeks/2026-02-18/</c> → <c>weeks/2026-02-18/index.html</c>), and a
/// <c>#fragment</c> into a page must name an id there. External and non-http links are not checked. A build that
/// streams its pages gathers the same facts as it writes them (<see cref="SiteLinks"/>).
/// </summary>
public static class LinkChecker
{
    /// <param name="files">The site: site path → bytes, as <see cref="EngineResult.ToFiles"/> returns it.</param>
    /// <param name="severity">Warning by default; the caller makes it an error under <c>--strict</c>.</param>
    /// <param name="basePath">Where the site is served, e.g. <c>/reports/</c> for a project site; root-relative links must start with it.</param>
    public static ImmutableArray<Diagnostic> Check(
        IReadOnlyDictionary<string, ImmutableArray<byte>> files,
        DiagnosticSeverity severity = DiagnosticSeverity.Warning,
        string basePath = "/")
    {
        ArgumentNullException.ThrowIfNull(files);
        var links = new SiteLinks(files.Keys, severity, basePath);
        Parallel.ForEach(files, file => links.Add(file.Key, file.Value.AsSpan()));
        return links.Check();
    }
}
