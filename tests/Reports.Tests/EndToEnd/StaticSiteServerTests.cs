using System.Net;
using Reports.Tests.Site;

namespace Reports.Tests.EndToEnd;

public sealed class StaticSiteServerTests : IAsyncLifetime
{
    private readonly SiteFolder folder = new();
    private readonly HttpClient client = new(new HttpClientHandler { AllowAutoRedirect = false });
    private StaticSiteServer server = null!;

    public async Task InitializeAsync()
    {
        folder.WriteSections("""
            -- output/index.html --
            home
            -- output/404.html --
            not found
            -- output/weeks/2026-02-17/index.html --
            week
            -- output/assets/site.css --
            body {}
            -- secret.txt --
            outside the root
            """);
        server = await StaticSiteServer.StartAsync(folder.Output, new Dictionary<string, string> { ["Content-Security-Policy"] = "default-src 'self'" });
    }

    public async Task DisposeAsync()
    {
        await server.DisposeAsync();
        client.Dispose();
        folder.Dispose();
    }

    [Fact]
    public void Should_listen_on_127_0_0_1_only()
    {
        Assert.Equal("127.0.0.1", server.BaseAddress.Host);
        Assert.NotEqual(0, server.BaseAddress.Port);
    }

    [Fact]
    public async Task Should_serve_index_html_for_a_directory_url()
    {
        using var response = await client.GetAsync(server.Url("weeks/2026-02-17/"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("week\n", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Should_redirect_a_directory_url_without_its_slash_so_relative_links_resolve()
    {
        using var response = await client.GetAsync(server.Url("weeks/2026-02-17?x=1"));

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/weeks/2026-02-17/?x=1", response.Headers.Location!.OriginalString);
    }

    [Theory]
    [InlineData("weeks/2030-01-01/")]
    [InlineData("assets/missing.css")]
    [InlineData("../secret.txt")]
    [InlineData("%2e%2e/secret.txt")]
    [InlineData("weeks/..%2f..%2fsecret.txt")]
    public async Task Should_answer_404_with_the_sites_404_page_for_anything_not_in_the_folder(string path)
    {
        using var response = await client.GetAsync(new Uri(server.BaseAddress.AbsoluteUri + path));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("not found\n", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Should_send_files_with_their_type_and_the_given_headers()
    {
        using var response = await client.GetAsync(server.Url("assets/site.css"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/css", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("default-src 'self'", Assert.Single(response.Headers.GetValues("Content-Security-Policy")));
    }

    [Fact]
    public async Task Should_refuse_methods_that_change_things()
    {
        using var response = await client.PostAsync(server.Url(""), new StringContent("x"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }
}
