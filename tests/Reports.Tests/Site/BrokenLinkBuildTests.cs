using Reports.Diagnostics;
using Reports.Preview;
using Reports.Publishing;

namespace Reports.Tests.Site;

/// <summary>A broken link warns and the site is written; under <c>--strict</c> it is an error and nothing is written.</summary>
public sealed class BrokenLinkBuildTests : IDisposable
{
    private readonly SiteFolder _site = SiteFolder.Shipped();

    public BrokenLinkBuildTests() =>
        _site.Write("input/about.md", File.ReadAllText(_site.PathOf("input/about.md")) + "\nSee [the old page](/gone/).\n");

    public void Dispose() => _site.Dispose();

    [Fact]
    public void Should_warn_and_write_the_site()
    {
        var outcome = _site.Build();

        Assert.True(outcome.Succeeded);
        var broken = Assert.Single(outcome.Diagnostics, d => d.Code == PublishingErrors.BrokenLinkCode);
        Assert.Equal(DiagnosticSeverity.Warning, broken.Severity);
        Assert.Contains("gone", _site.ReadOutput("about/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void Should_fail_and_write_nothing_under_strict()
    {
        var outcome = _site.Build(strict: true);

        Assert.False(outcome.Succeeded);
        Assert.Equal(DiagnosticSeverity.Error, Assert.Single(outcome.Diagnostics, d => d.Code == PublishingErrors.BrokenLinkCode).Severity);
        Assert.False(Directory.Exists(_site.Output));
    }

    [Fact]
    public void Should_warn_in_a_session_on_every_build()
    {
        var session = new SiteSession(_site.Options());

        var first = session.Build();
        var again = session.Build();

        Assert.Single(first.Diagnostics, d => d.Code == PublishingErrors.BrokenLinkCode);
        Assert.Single(again.Diagnostics, d => d.Code == PublishingErrors.BrokenLinkCode);
    }
}
