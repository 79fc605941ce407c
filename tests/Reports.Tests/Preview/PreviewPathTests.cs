using Reports.Preview;

namespace Reports.Tests.Preview;

public class PreviewPathTests
{
    [Theory]
    [InlineData("/", "index.html")]
    [InlineData("", "index.html")]
    [InlineData("/weeks/2026-02-18/", "weeks/2026-02-18/index.html")]
    [InlineData("/assets/site.1a2b3c4d.css", "assets/site.1a2b3c4d.css")]
    [InlineData("/weeks/2026-02-18", "weeks/2026-02-18")]
    public void Should_map_addresses_to_files_as_static_hosts_do(string request, string expected) =>
        Assert.Equal(expected, PreviewPath.ToSitePath(request));

    [Theory]
    [InlineData("/../data/scores.csv")]
    [InlineData("/weeks/../../data/scores.csv")]
    [InlineData("/weeks/./x")]
    [InlineData("/a\\b")]
    [InlineData("/c:/windows")]
    public void Should_map_nothing_outside_the_output_folder(string request) =>
        Assert.Null(PreviewPath.ToSitePath(request));

    [Fact]
    public void Should_redirect_a_page_folder_without_its_slash_only_when_the_page_exists()
    {
        Assert.True(PreviewPath.IsFolderWithoutSlash("/weeks/x", p => p == "weeks/x/index.html"));
        Assert.False(PreviewPath.IsFolderWithoutSlash("/weeks/x/", p => true));
        Assert.False(PreviewPath.IsFolderWithoutSlash("/weeks/y", p => p == "weeks/x/index.html"));
    }
}
