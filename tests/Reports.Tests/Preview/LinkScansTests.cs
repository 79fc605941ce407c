using System.Text;
using Reports.Preview;
using Reports.Publishing;

namespace Reports.Tests.Preview;

public class LinkScansTests
{
    private static readonly byte[] Week = Encoding.UTF8.GetBytes("<!doctype html><html><body><a href=\"../b/\">next</a><h2 id=\"notes\">N</h2></body></html>");

    [Fact]
    public void Should_scan_an_unchanged_page_once_and_still_resolve_its_links_against_each_builds_files()
    {
        var scans = new LinkScans();
        scans.BeginBuild();
        var first = new SiteLinks(["weeks/a/index.html", "weeks/b/index.html"], scans: scans);
        first.Add("weeks/a/index.html", Week);
        Assert.Empty(first.Check());
        scans.EndBuild();

        // The same bytes in a site that no longer has the week they link to: the scan is kept, the link is broken.
        scans.BeginBuild();
        var second = new SiteLinks(["weeks/a/index.html"], scans: scans);
        second.Add("weeks/a/index.html", Week);

        Assert.Equal(0, scans.Misses);
        Assert.Equal(PublishingErrors.BrokenLinkCode, Assert.Single(second.Check()).Code);
    }

    [Fact]
    public void Should_scan_a_page_again_when_its_bytes_change_and_forget_pages_no_longer_published()
    {
        var scans = new LinkScans();
        scans.BeginBuild();
        new SiteLinks(["a.html"], scans: scans).Add("a.html", Week);
        scans.EndBuild();

        scans.BeginBuild();
        var links = new SiteLinks(["a.html"], scans: scans);
        links.Add("a.html", Encoding.UTF8.GetBytes("<a href=\"#gone\">x</a>"));
        scans.EndBuild();

        Assert.Equal(1, scans.Misses);
        Assert.Equal(PublishingErrors.BrokenFragmentCode, Assert.Single(links.Check()).Code);
        Assert.Equal(1, scans.Count);
    }
}
