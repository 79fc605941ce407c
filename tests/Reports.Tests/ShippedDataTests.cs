using Reports.Site;

namespace Reports.Tests;

/// <summary>
/// The one test that reads the repository's own data/ and input/: whatever weeks the team has added, the shipped
/// program validates and builds with --strict. Every other test uses the fixtures under tests/Fixtures/.
/// </summary>
public sealed class ShippedDataTests : IDisposable
{
    private readonly string _output = Path.Combine(Path.GetTempPath(), "reports-shipped-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void The_shipped_data_validates_and_builds_strictly()
    {
        var root = RepositoryRoot.Path;
        var options = new SiteOptions(
            Path.Combine(root, "data"), Path.Combine(root, "input"), Path.Combine(root, "theme"), _output, Strict: true, BaseUrl: "https://reliability.example.org");

        var outcome = SiteBuilder.Build(options);

        Assert.True(outcome.Succeeded, string.Join('\n', outcome.Diagnostics.Select(d => d.ToString())));
        Assert.True(File.Exists(Path.Combine(_output, "index.html")));
    }

    public void Dispose()
    {
        if (Directory.Exists(_output))
        {
            Directory.Delete(_output, recursive: true);
        }
    }
}
