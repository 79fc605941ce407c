using System.Text.RegularExpressions;
using Reports.Site;

namespace Reports.Tests.Site;

/// <summary>The home page names the computed gates of the current phase that hold it back, with the numbers and a link to them.</summary>
public sealed partial class HomeEvidenceTests : IDisposable
{
    private readonly SiteFolder folder = SiteFolder.Example("lumen-relay");

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Should_list_a_failing_evidence_gate_among_what_blocks_the_next_phase()
    {
        // The example cut after its week of 2025-10-06, when the test check's flaky runs fail G4.
        foreach (var file in new[] { "scores.csv", "gate-results.csv", "decisions.csv" })
        {
            var path = Path.Combine(folder.Data, file);
            var lines = File.ReadAllLines(path);
            File.WriteAllLines(path, [lines[0], .. lines.Skip(1).Where(l => string.CompareOrdinal(l[..10], "2025-10-06") <= 0)]);
        }

        Directory.Delete(Path.Combine(folder.Input, "weeks"), recursive: true);
        var site = SiteBuilder.Render(folder.Options());
        Assert.True(site.Succeeded, string.Join("\n", site.Diagnostics));
        var home = new BuiltSite(site.Files.ToDictionary(f => f.Key, f => f.Value.ToArray())).Page("index.html");

        var section = home.GetElementById("evidence-blockers")!.ParentElement!;
        var text = Spaces().Replace(section.TextContent, " ");
        var rate = new ExampleEvidence(folder.Data).FlakeRate("test", new DateOnly(2025, 10, 6))!.Value;
        Assert.Contains("G4 CI and test gate minimums ✗ fail G4 fail: test " + (int)(rate * 20 / 100) + " flaky of 20 runs (" + ExampleEvidence.Up(rate) + " % ≥ 2 %)", text, StringComparison.Ordinal);
        Assert.NotNull(section.QuerySelector("a[href='./ci/#checks']"));
    }

    [Fact]
    public void Should_not_list_evidence_blockers_when_every_computed_gate_passes()
    {
        var site = SiteBuilder.Render(folder.Options());
        var home = new BuiltSite(site.Files.ToDictionary(f => f.Key, f => f.Value.ToArray())).Page("index.html");

        Assert.Null(home.GetElementById("evidence-blockers"));
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
