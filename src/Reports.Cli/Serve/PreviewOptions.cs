using Reports.Site;

namespace Reports.Cli.Serve;

/// <summary>What <c>reports serve</c> builds and where it listens.</summary>
/// <param name="Port">The port on 127.0.0.1; 0 picks a free one.</param>
/// <param name="Quiet">How long the sources must stay unchanged before a rebuild starts (one save is several events).</param>
public sealed record PreviewOptions(SiteOptions Site, int Port, TimeSpan Quiet)
{
    public static readonly TimeSpan DefaultQuiet = TimeSpan.FromMilliseconds(30);
}
