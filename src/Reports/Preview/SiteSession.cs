using Reports.Site;

namespace Reports.Preview;

/// <summary>
/// One site built again and again by a long-lived process (<c>reports serve</c>): each <see cref="Build"/> reuses
/// what the earlier ones computed (<see cref="SiteBuildCache"/>) and writes exactly what a clean
/// <see cref="SiteBuilder.Build(SiteOptions, CancellationToken)"/> would. Builds run one at a time.
/// </summary>
public sealed class SiteSession(SiteOptions options)
{
    private readonly Lock _gate = new();

    public SiteOptions Options { get; } = options ?? throw new ArgumentNullException(nameof(options));

    public SiteBuildCache Cache { get; } = new();

    public BuildOutcome Build(CancellationToken ct = default)
    {
        lock (_gate)
        {
            return SiteBuilder.Build(Options, Cache, ct);
        }
    }
}
