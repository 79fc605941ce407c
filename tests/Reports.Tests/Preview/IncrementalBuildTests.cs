using Reports.History;
using Reports.Preview;
using Reports.Site;
using Reports.Tests.Site;

namespace Reports.Tests.Preview;

/// <summary>
/// A rebuild in a long-lived session (what <c>reports serve</c> does after each save) writes exactly the bytes
/// of a clean build, whatever was edited, while re-rendering only the pages the edit reaches.
/// </summary>
public sealed class IncrementalBuildTests : IDisposable
{
    private readonly SiteFolder _site = SiteFolder.Shipped();
    private readonly SiteSession _session;
    private int _cleanBuilds;

    public IncrementalBuildTests()
    {
        _session = new SiteSession(Options);
        AssertBuilt(_session.Build());
    }

    public void Dispose() => _site.Dispose();

    /// <summary>What <c>reports serve</c> builds with.</summary>
    private SiteOptions Options => _site.Options() with { Preview = true };

    private int PageCount => _site.OutputFiles().Keys.Count(p => p.EndsWith(".html", StringComparison.Ordinal));

    [Fact]
    public void Should_match_a_clean_build_after_a_score_row_changes()
    {
        Edit("data/scores.csv", "2026-02-17,ci,3,", "2026-02-17,ci,4,");

        var outcome = RebuildAndCompare();

        Assert.Contains("weeks/2026-02-17/index.html", outcome.WrittenPaths);
        Assert.Contains("charts/total-trend.svg", outcome.WrittenPaths);
        Assert.Contains("50.00", _site.ReadOutput("weeks/2026-02-17/index.html"), StringComparison.Ordinal);
        // A preview's footers say "preview" where a build names the data version, so pages whose figures did not
        // change are neither rendered nor written again; the JSON still carries the real version.
        Assert.DoesNotContain("methodology/index.html", outcome.WrittenPaths);
        Assert.Contains("Data version: <code>preview</code>", _site.ReadOutput("methodology/index.html"), StringComparison.Ordinal);
        Assert.Contains(DataVersion.Of(_site.PathOf("data")).Id, _site.ReadOutput("api/weeks.json"), StringComparison.Ordinal);
        Assert.True(_session.Cache.Pages.Hits > 0, "pages whose figures did not change should come from the cache");
        Assert.False(_session.Cache.Data.LastWasReused);
    }

    [Theory]
    [InlineData("{{ site.data_version | upcase }}")]
    [InlineData("{% if site.data_version contains 'sha256' %}content hash{% else %}commit{% endif %}")]
    [InlineData("{{ site.data_version_id.size }}")]
    [InlineData("{{ site.data_version | raw }}")]
    public void Should_match_a_clean_build_after_a_data_edit_when_a_template_uses_the_version(string use)
    {
        var layout = File.ReadAllText(_site.PathOf("theme/layouts/default.liquid"));
        _site.Write("input/layouts/default.liquid", layout.Replace("</footer>", $"<p id=\"version-use\">{use}</p></footer>", StringComparison.Ordinal));
        RebuildAndCompare();

        Edit("data/scores.csv", "2026-02-17,ci,3,", "2026-02-17,ci,4,");
        var outcome = RebuildAndCompare();

        Assert.Contains("weeks/2026-02-17/index.html", outcome.WrittenPaths);
    }

    [Fact]
    public void Should_reuse_the_charts_a_score_row_does_not_feed()
    {
        Edit("data/scores.csv", "2026-02-17,ci,3,", "2026-02-17,ci,4,");

        var outcome = RebuildAndCompare();

        Assert.Contains("charts/category-ci.svg", outcome.WrittenPaths);
        Assert.DoesNotContain("charts/category-security.svg", outcome.WrittenPaths);
        Assert.DoesNotContain("charts/days-to-resolve.svg", outcome.WrittenPaths);
        Assert.True(_session.Cache.Charts.Hits > 0, "unchanged charts should come from the cache");
    }

    [Fact]
    public void Should_match_a_clean_build_after_the_last_weeks_score_changes_and_keep_the_week_before()
    {
        Edit("data/scores.csv", "2026-02-18,ci,3,", "2026-02-18,ci,4,");

        var outcome = RebuildAndCompare();

        Assert.Contains("weeks/2026-02-18/report.json", outcome.WrittenPaths);
        Assert.DoesNotContain("weeks/2026-02-17/report.json", outcome.WrittenPaths);
        Assert.DoesNotContain("weeks/2026-02-17/badge.svg", outcome.WrittenPaths);
    }

    // Edits that leave the scores alone but change what weeks show: a week's result, its rows or the shared lists.
    [Theory]
    [InlineData("data/incidents.csv", "summary,link\n", "summary,link\nINC-9,sev1,auth,Login outage,2026-02-10,2026-02-18,Sessions dropped.,\n")]
    [InlineData("data/gate-results.csv", "2026-02-18,G1,pass,", "2026-02-18,G1,fail,")]
    [InlineData("data/decisions.csv", "2026-02-17,stay,Stay in Phase 1 (Metric Hardening).", "2026-02-17,advance,Advanced early.")]
    [InlineData("data/findings.csv", "KI-1,Admin demotion parser fix,", "KI-1,Admin demotion parser **fix**,")]
    public void Should_match_a_clean_build_after_an_incident_gate_result_decision_or_finding_changes(string file, string from, string to)
    {
        Edit(file, from.Replace("\\n", "\n", StringComparison.Ordinal), to.Replace("\\n", "\n", StringComparison.Ordinal), once: true);

        var outcome = RebuildAndCompare();

        Assert.Contains("api/weeks.json", outcome.WrittenPaths);
    }

    [Fact]
    public void Should_match_a_clean_build_after_a_partial_template_changes()
    {
        Edit("theme/partials/trace.liquid", "<", "<!-- trace -->\n<", once: true);

        var outcome = RebuildAndCompare();

        Assert.Contains("weeks/2026-02-18/index.html", outcome.WrittenPaths);
        Assert.Contains("<!-- trace -->", _site.ReadOutput("weeks/2026-02-18/index.html"), StringComparison.Ordinal);
        // Pages that never include the partial are not rendered again.
        Assert.DoesNotContain("incidents/index.html", outcome.WrittenPaths);
        Assert.InRange(_session.Cache.Pages.Misses, 1, PageCount - 1);
    }

    [Fact]
    public void Should_match_a_clean_build_when_input_overrides_a_theme_template()
    {
        var layout = File.ReadAllText(_site.PathOf("theme/pages/methodology.liquid"));
        _site.Write("input/pages/methodology.liquid", layout.Replace("</h1>", "</h1>\n<p>Local override.</p>", StringComparison.Ordinal));

        var outcome = RebuildAndCompare();

        Assert.Equal(["methodology/index.html"], outcome.WrittenPaths);
        Assert.Contains("Local override.", _site.ReadOutput("methodology/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void Should_match_a_clean_build_after_the_stylesheet_changes_and_relink_every_page()
    {
        var before = _site.OutputFiles().Keys.Single(p => p.StartsWith("assets/site.", StringComparison.Ordinal));
        File.AppendAllText(_site.PathOf("theme/assets/site.css"), "\n.preview-test { color: red; }\n");

        var outcome = RebuildAndCompare();

        Assert.Contains(before, outcome.RemovedPaths);
        Assert.Equal(0, _session.Cache.Pages.Hits);
        Assert.Equal(outcome.WrittenPaths.Count(p => p.EndsWith(".html", StringComparison.Ordinal)), _session.Cache.Pages.Misses);
        Assert.All(outcome.WrittenPaths.Where(p => p.EndsWith(".html", StringComparison.Ordinal)), p =>
            Assert.DoesNotContain(before, _site.ReadOutput(p), StringComparison.Ordinal));
    }

    [Fact]
    public void Should_match_a_clean_build_after_a_rubric_weight_changes()
    {
        Edit("data/rubric.csv", "measurement,Measurement Completeness,20,", "measurement,Measurement Completeness,25,");
        Edit("data/rubric.csv", "outcomes,Reliability Outcomes,25,", "outcomes,Reliability Outcomes,20,");

        var outcome = RebuildAndCompare();

        Assert.Contains("methodology/index.html", outcome.WrittenPaths);
        Assert.Contains("weeks/2026-02-18/index.html", outcome.WrittenPaths);
        Assert.Contains("api/weeks.json", outcome.WrittenPaths);
    }

    [Fact]
    public void Should_match_a_clean_build_after_a_markdown_page_changes_and_render_only_that_page()
    {
        File.AppendAllText(_site.PathOf("input/about.md"), "\nOne more paragraph, added while previewing.\n");

        var outcome = RebuildAndCompare();

        Assert.Equal(["about/index.html"], outcome.WrittenPaths);
        Assert.Equal(1, _session.Cache.Pages.Misses);
        Assert.True(_session.Cache.Data.LastWasReused, "unchanged CSV files should not be loaded again");
    }

    [Fact]
    public void Should_match_a_clean_build_after_a_week_narrative_changes()
    {
        File.AppendAllText(_site.PathOf("input/weeks/2026-02-18.md"), "\nA late note on **week 2**.\n");

        var outcome = RebuildAndCompare();

        Assert.Contains("weeks/2026-02-18/index.html", outcome.WrittenPaths);
        Assert.DoesNotContain("weeks/2026-02-17/index.html", outcome.WrittenPaths);
    }

    [Fact]
    public void Should_match_a_clean_build_when_a_week_is_added_and_removed_again()
    {
        var original = File.ReadAllText(_site.PathOf("data/scores.csv"));
        var week3 = string.Join("", original.Split('\n').Where(l => l.StartsWith("2026-02-18,", StringComparison.Ordinal))
            .Select(l => "2026-02-25," + l["2026-02-18,".Length..] + "\n"));
        File.AppendAllText(_site.PathOf("data/scores.csv"), week3);

        Assert.Contains("weeks/2026-02-25/index.html", RebuildAndCompare().WrittenPaths);

        File.WriteAllText(_site.PathOf("data/scores.csv"), original);
        Assert.Contains("weeks/2026-02-25/index.html", RebuildAndCompare().RemovedPaths);
    }

    [Fact]
    public void Should_leave_the_output_alone_on_invalid_data_and_match_a_clean_build_once_fixed()
    {
        var before = _site.OutputFiles();
        Edit("data/scores.csv", "2026-02-17,ci,3,", "2026-02-17,ci,7,");

        var failed = _session.Build();

        Assert.False(failed.Succeeded);
        Assert.Equal(before.Keys, _site.OutputFiles().Keys);
        Edit("data/scores.csv", "2026-02-17,ci,7,", "2026-02-17,ci,2,");
        Assert.Contains("weeks/2026-02-17/index.html", RebuildAndCompare().WrittenPaths);
    }

    [Fact]
    public void Should_write_nothing_and_render_nothing_when_nothing_changed()
    {
        var outcome = RebuildAndCompare();

        Assert.Empty(outcome.WrittenPaths);
        Assert.Empty(outcome.RemovedPaths);
        Assert.Equal(0, _session.Cache.Pages.Misses);
    }

    /// <summary>Rebuilds in the session, then builds the same sources from scratch elsewhere: the two outputs must be equal.</summary>
    private BuildOutcome RebuildAndCompare()
    {
        var outcome = _session.Build();
        AssertBuilt(outcome);

        var clean = _site.PathOf("clean-" + (++_cleanBuilds).ToString(System.Globalization.CultureInfo.InvariantCulture));
        AssertBuilt(SiteBuilder.Build(Options with { OutputDirectory = clean }));
        var expected = Files(clean);
        var actual = _site.OutputFiles();
        Assert.Equal(expected.Keys, actual.Keys);
        foreach (var (path, bytes) in expected)
        {
            Assert.True(bytes.AsSpan().SequenceEqual(actual[path]), $"{path} differs from a clean build");
        }

        return outcome;
    }

    private void Edit(string path, string from, string to, bool once = false)
    {
        var text = File.ReadAllText(_site.PathOf(path));
        Assert.Contains(from, text, StringComparison.Ordinal);
        var index = text.IndexOf(from, StringComparison.Ordinal);
        File.WriteAllText(_site.PathOf(path), once ? text[..index] + to + text[(index + from.Length)..] : text.Replace(from, to, StringComparison.Ordinal));
    }

    private static void AssertBuilt(BuildOutcome outcome) =>
        Assert.True(outcome.Succeeded, string.Join("\n", outcome.Diagnostics));

    private static SortedDictionary<string, byte[]> Files(string folder) =>
        new(Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f).Replace(Path.DirectorySeparatorChar, '/'), File.ReadAllBytes), StringComparer.Ordinal);
}
