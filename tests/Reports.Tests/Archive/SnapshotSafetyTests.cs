using System.Globalization;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Reports.Site;
using Reports.Tests.History;
using CliRun = Reports.Tests.Cli.CliRun;

namespace Reports.Tests.Archive;

/// <summary>
/// A snapshot is kept forever, so <c>reports snapshot</c> refuses to freeze a mistake: data that no commit holds,
/// a page with no address to link back to, or anything that points past the archived week.
/// </summary>
public sealed class SnapshotSafetyTests : IDisposable
{
    private const string BaseUrl = "https://reliability.example.org";

    private readonly TempGitRepository repository = TempGitRepository.Create();

    public SnapshotSafetyTests()
    {
        repository.CopyFolder(TestPrograms.PlanData, "data");
        Directory.Delete(Path.Combine(repository.Data, "archive"), recursive: true);
        repository.CopyFolder(TestPrograms.PlanInput, "input");
        repository.CopyFolder(Path.Combine(RepositoryRoot.Path, "theme"), "theme");
        repository.Commit("the plan's two weeks");
    }

    public void Dispose() => repository.Dispose();

    [SkippableFact]
    public void Should_refuse_uncommitted_data_naming_the_files_and_write_nothing()
    {
        EditAfterTheReview();

        var run = Snapshot("--week", "2026-02-17", "--base-url", BaseUrl);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error " + SnapshotErrors.UncommittedDataCode, run.Error, StringComparison.Ordinal);
        Assert.Contains("data/decisions.csv", run.Error, StringComparison.Ordinal);
        Assert.Contains("--allow-dirty", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(repository.Data, "archive")));
    }

    [SkippableFact]
    public void Should_archive_uncommitted_data_when_allowed_and_say_so_on_the_page()
    {
        EditAfterTheReview();

        var run = Snapshot("--week", "2026-02-17", "--base-url", BaseUrl, "--allow-dirty");

        Assert.True(run.ExitCode == 0, run.All);
        Assert.Contains("made from data that was not committed", Banner(Page("2026-02-17")), StringComparison.Ordinal);
    }

    [SkippableFact]
    public void Should_refuse_a_snapshot_without_a_base_url()
    {
        var run = Snapshot("--week", "2026-02-17");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("site.yml: error " + SnapshotErrors.NoBaseUrlCode, run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(repository.Data, "archive")));
    }

    [SkippableFact]
    public void Should_say_it_is_an_archived_copy_published_on_the_day_of_its_commit_with_a_link_to_the_live_report()
    {
        var committed = DateTimeOffset.Parse(repository.Run("show", "-s", "--format=%cI", "HEAD"), CultureInfo.InvariantCulture).UtcDateTime;

        var run = Snapshot("--week", "2026-02-17", "--base-url", BaseUrl);

        Assert.True(run.ExitCode == 0, run.All);
        var page = Page("2026-02-17");
        var banner = page.QuerySelector("main > .archived-copy:first-child")!;
        Assert.Contains($"Archived copy of the report as published on {committed:yyyy-MM-dd}.", banner.TextContent, StringComparison.Ordinal);
        Assert.Equal(BaseUrl + "/weeks/2026-02-17/", banner.QuerySelector("a")!.GetAttribute("href"));
    }

    [SkippableFact]
    public void Should_freeze_no_pointer_to_a_later_week_and_keep_the_navigation_working()
    {
        var run = Snapshot("--week", "2026-02-17", "--base-url", BaseUrl);

        Assert.True(run.ExitCode == 0, run.All);
        var page = Page("2026-02-17");
        var links = page.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!).ToList();
        Assert.DoesNotContain(links, l => l.Contains("2026-02-18", StringComparison.Ordinal));
        Assert.DoesNotContain("Latest scored week", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("No base URL", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Empty(page.QuerySelectorAll("[data-live-only]"));
        // Every link of the main navigation reaches the live site by its full address, from disk and on the site alike.
        var navigation = page.QuerySelectorAll("nav.site-nav a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.NotEmpty(navigation);
        Assert.All(navigation, href => Assert.StartsWith(BaseUrl + "/", href, StringComparison.Ordinal));
        Assert.Contains(BaseUrl + "/weeks/", page.QuerySelectorAll("nav[aria-label='Other weeks'] a").Select(a => a.GetAttribute("href")));
    }

    private void EditAfterTheReview()
    {
        var path = Path.Combine(repository.Data, "decisions.csv");
        var before = File.ReadAllText(path);
        var after = before.Replace("(Metric Hardening).\n", "(Metric Hardening) and edited after the review.\n", StringComparison.Ordinal);
        Assert.NotEqual(before, after);
        File.WriteAllText(path, after);
    }

    private CliRun Snapshot(params string[] options) => CliRun.Of(
        ["snapshot", "--data", repository.Data, "--input", Path.Combine(repository.Root, "input"), "--theme", Path.Combine(repository.Root, "theme"), .. options]);

    private IHtmlDocument Page(string week) =>
        new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(repository.Data, "archive", week, "index.html")));

    private static string Banner(IHtmlDocument page) => page.QuerySelector(".archived-copy")!.TextContent;
}
