using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Reports.Data;
using Reports.Scoring;

namespace Reports.Tests.Site;

/// <summary>
/// A snapshot is the page as the site published it, and opens on its own: every reference resolves to a file
/// inside the snapshot folder (what a browser opening it from file:// needs), and nothing reaches the live site
/// unless by its full address.
/// </summary>
public sealed class WeekSnapshotTests : IDisposable
{
    private static readonly HtmlParser Parser = new();

    private readonly ArchiveSiteFolder site = ArchiveSiteFolder.Create();

    public void Dispose() => site.Dispose();

    [Fact]
    public void Should_freeze_the_page_the_site_publishes()
    {
        Assert.Equal(0, site.Build("--base-url", ArchiveSiteFolder.BaseUrl).ExitCode);
        var published = site.Site().Page("weeks/2026-02-17/index.html");

        Assert.Equal(0, site.Snapshot("--week", "2026-02-17").ExitCode);

        var frozen = Page("2026-02-17");
        // What only the live site may say goes; the archived-copy banner comes: the rest is the page as published.
        Assert.NotEmpty(published.QuerySelectorAll("[data-live-only]"));
        foreach (var element in published.QuerySelectorAll("[data-live-only]").Concat(frozen.QuerySelectorAll(".archived-copy")).ToArray())
        {
            element.Remove();
        }

        Assert.Equal(published.Title, frozen.Title);
        Assert.Equal(Words(published.QuerySelector("main")!.TextContent), Words(frozen.QuerySelector("main")!.TextContent));
        Assert.Equal(Structure(published), Structure(frozen));
    }

    [Fact]
    public void Should_open_on_its_own_every_reference_resolving_inside_the_snapshot_or_at_the_live_site()
    {
        Assert.Equal(0, site.Snapshot("--week", "2026-02-17").ExitCode);
        var folder = site.SnapshotFolder("2026-02-17");
        var page = Page("2026-02-17");

        var references = References(page).Where(r => !r.StartsWith(ArchiveSiteFolder.BaseUrl + "/", StringComparison.Ordinal)).ToArray();

        Assert.Contains(references, r => r.EndsWith(".css", StringComparison.Ordinal));
        Assert.Contains("report.json", references);
        Assert.All(references, reference =>
        {
            Assert.False(reference.StartsWith('/') || reference.Contains("://", StringComparison.Ordinal) || reference.StartsWith("..", StringComparison.Ordinal), reference + " leaves the snapshot");
            var target = Path.GetFullPath(Path.Combine(folder, Uri.UnescapeDataString(reference.Split('#')[0].Split('?')[0])));
            Assert.StartsWith(Path.GetFullPath(folder) + Path.DirectorySeparatorChar, target, StringComparison.Ordinal);
            Assert.True(File.Exists(target), reference + " is not in the snapshot");
        });
        Assert.All(page.QuerySelectorAll("a[href^='#']"), a => Assert.NotNull(page.GetElementById(a.GetAttribute("href")![1..])));
        Assert.All(page.QuerySelectorAll("nav.site-nav li"), li => Assert.StartsWith(ArchiveSiteFolder.BaseUrl + "/", li.QuerySelector("a")!.GetAttribute("href"), StringComparison.Ordinal));
    }

    [Fact]
    public void Should_link_the_rest_of_the_site_by_its_base_url_when_one_is_given()
    {
        Assert.Equal(0, site.Snapshot("--week", "2026-02-17", "--base-url", "https://reliability.example.org/").ExitCode);
        var page = Page("2026-02-17");

        var nav = page.QuerySelectorAll("nav.site-nav a").Select(a => a.GetAttribute("href")).ToArray();

        Assert.Contains("https://reliability.example.org/weeks/", nav);
        Assert.Contains("https://reliability.example.org/archive/", nav);
        Assert.Equal("https://reliability.example.org/weeks/2026-02-17/", page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Contains("[Reliability report 2026-02-17: 46.25/100, Phase 1, Stay](https://reliability.example.org/weeks/2026-02-17/)", page.QuerySelector("#cite ~ pre code")!.TextContent, StringComparison.Ordinal);
        Assert.All(References(page).Where(r => !r.StartsWith("https://", StringComparison.Ordinal)), r => Assert.True(File.Exists(Path.Combine(site.SnapshotFolder("2026-02-17"), r.Split('#')[0]))));
    }

    [Fact]
    public void Should_keep_the_rows_the_week_was_computed_from_and_they_compute_it_again()
    {
        Assert.Equal(0, site.Snapshot("--week", "2026-02-17").ExitCode);
        var rows = Path.Combine(site.SnapshotFolder("2026-02-17"), "data");

        var scores = File.ReadAllLines(Path.Combine(rows, "scores.csv"));
        var loaded = DataFolderLoader.Load(rows);

        Assert.Equal(7, scores.Length);
        Assert.All(scores.Skip(1), line => Assert.StartsWith("2026-02-17,", line, StringComparison.Ordinal));
        Assert.True(loaded.Succeeded, string.Join("\n", loaded.Diagnostics));
        Assert.Equal(46.25m, ProgramEvaluator.Evaluate(loaded.Value!).Latest!.Total);
    }

    [Fact]
    public void Should_archive_a_phase_two_week_whose_rows_reproduce_it()
    {
        using var folder = SiteFolder.WithTheme("");
        Reports.Tests.Archive.PhaseTwoData.WriteTo(folder);

        var run = Cli.CliRun.Of("snapshot", "--data", folder.Data, "--input", folder.Input, "--theme", folder.Theme, "--allow-dirty", "--base-url", ArchiveSiteFolder.BaseUrl);

        Assert.True(run.ExitCode == 0, run.All);
        var manifest = Reports.Archive.ArchiveManifest.Read(Path.Combine(folder.Data, "archive", "2026-03-09", "manifest.json")).Value!;
        Assert.Equal((2, 85.00m), (manifest.Phase, manifest.Total));
    }

    private IHtmlDocument Page(string week) => Parser.ParseDocument(File.ReadAllText(Path.Combine(site.SnapshotFolder(week), "index.html")));

    private static IEnumerable<string> References(IHtmlDocument page) =>
        page.QuerySelectorAll("[href]").Select(e => e.GetAttribute("href")!)
            .Concat(page.QuerySelectorAll("[src]").Select(e => e.GetAttribute("src")!))
            .Concat(page.QuerySelectorAll("[srcset]").SelectMany(e => e.GetAttribute("srcset")!.Split(',').Select(c => c.Trim().Split(' ')[0])))
            .Where(r => !r.StartsWith('#'));

    private static string Words(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>The elements of the page's main part in order; a link that became plain text reads the same as one that did not.</summary>
    private static IEnumerable<string> Structure(IHtmlDocument page) =>
        page.QuerySelectorAll("main *").Select(e => e.LocalName is "a" or "span" ? "a|span" : e.LocalName);
}
