using Reports.Tests.Site;

namespace Reports.Tests.EndToEnd;

public class NetlifyHeadersTests
{
    [Fact]
    public void Should_read_the_headers_netlify_toml_sets_for_every_path()
    {
        var headers = NetlifyHeaders.ForEveryPath(Path.Combine(RepositoryRoot.Path, "netlify.toml"));

        Assert.Contains("script-src 'none'", headers["Content-Security-Policy"], StringComparison.Ordinal);
        Assert.Equal("nosniff", headers["X-Content-Type-Options"]);
        Assert.StartsWith("max-age=31536000", headers["Strict-Transport-Security"], StringComparison.Ordinal);
        Assert.DoesNotContain("interest-cohort", headers["Permissions-Policy"], StringComparison.Ordinal);
        Assert.False(headers.ContainsKey("Cache-Control"), "Cache-Control is set for /assets/* only");
        Assert.False(headers.ContainsKey("for"));
    }

    [Fact]
    public void Should_refuse_a_file_without_a_policy_for_every_path()
    {
        using var folder = new SiteFolder().Write("netlify.toml", """
            [[headers]]
              for = "/assets/*"
              [headers.values]
                Content-Security-Policy = "default-src 'self'"
            """);

        Assert.Throws<InvalidOperationException>(() => NetlifyHeaders.ForEveryPath(folder.PathOf("netlify.toml")));
    }
}
