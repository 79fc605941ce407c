using Microsoft.Playwright;
using Reports.Tests.Site;
using static Microsoft.Playwright.Assertions;

namespace Reports.Tests.EndToEnd;

/// <summary>
/// A snapshot opens in Chromium straight from disk, alone: copied out of the data folder with nothing of the site
/// around it, it still finds its stylesheet and images, requests nothing else and needs no network. Published, the
/// Archive page and the frozen copy read as the rest of the site does, under its CSP.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ArchiveSnapshotTests(SiteInBrowserFixture site) : IDisposable
{
    private readonly ArchiveSiteFolder archive = ArchiveSiteFolder.Create();
    private readonly string alone = Path.Combine(Path.GetTempPath(), "reports-snapshot-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        archive.Dispose();
        if (Directory.Exists(alone))
        {
            Directory.Delete(alone, recursive: true);
        }
    }

    [SkippableTheory]
    [MemberData(nameof(Viewport.Names), MemberType = typeof(Viewport))]
    public async Task Should_open_from_file_url_on_its_own_with_its_stylesheet_and_images(string viewport)
    {
        Assert.True(archive.Snapshot("--week", "2026-02-17").ExitCode == 0);
        foreach (var (path, bytes) in archive.Files("2026-02-17"))
        {
            var target = Path.Combine(alone, path.Replace('/', Path.DirectorySeparatorChar));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            await File.WriteAllBytesAsync(target, bytes);
        }

        await using var tab = await site.OpenAsync(new Uri(Path.Combine(alone, "index.html")), Viewport.Named(viewport));

        await tab.CheckAsync(async page =>
        {
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Weekly report: week of 2026-02-17");
            Assert.Empty(tab.FailedRequests);
            Assert.All(tab.Responses, r => Assert.StartsWith(new Uri(alone).AbsoluteUri + "/", r.Url, StringComparison.Ordinal));
            Assert.Contains(tab.Responses, r => r.Request.ResourceType == "stylesheet");
            Assert.Contains(tab.Responses, r => r.Request.ResourceType == "image" && r.Url.EndsWith("badge.svg", StringComparison.Ordinal));

            // Styled, not raw HTML: the skip link waits above the top edge until it gets focus.
            var skip = await page.GetByRole(AriaRole.Link, new() { Name = "Skip to content" }).BoundingBoxAsync();
            Assert.True(skip!.Y + skip.Height <= 0, $"the skip link shows at y {skip.Y}: no stylesheet");
            var total = page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Listitem).Filter(new() { HasText = "Total score" });
            Assert.Contains("46.25", await total.InnerTextAsync(), StringComparison.Ordinal);
        });
    }

    [SkippableFact]
    public async Task Should_list_the_snapshot_on_the_archive_page_and_serve_the_frozen_copy_under_the_csp()
    {
        Assert.True(archive.Snapshot("--week", "2026-02-17").ExitCode == 0);
        Assert.True(archive.Build("--strict").ExitCode == 0);
        await using var server = await StaticSiteServer.StartAsync(archive.Folder.Output, site.Headers);
        await using var tab = await site.NewTabAsync(Viewport.Desktop);
        await tab.GotoAsync(server.Url("archive/"));

        await tab.CheckAsync(async page =>
        {
            var table = page.GetByRole(AriaRole.Table, new() { Name = "Archived weeks (1)" });
            await Expect(table).ToBeVisibleAsync();
            await table.GetByRole(AriaRole.Link, new() { Name = "2026-02-17", Exact = true }).ClickAsync();
            await Expect(page).ToHaveURLAsync(server.Url("archive/2026-02-17/").AbsoluteUri);
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Weekly report: week of 2026-02-17");
            Assert.Empty(tab.FailedRequests);
            Assert.Empty(tab.ConsoleErrors);
        });
    }
}
