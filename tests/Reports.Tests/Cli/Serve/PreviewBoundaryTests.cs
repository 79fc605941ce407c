using System.Globalization;
using System.Net;
using Reports.Tests.Pipeline;

namespace Reports.Tests.Cli.Serve;

/// <summary>What the preview server refuses: other host names (DNS rebinding), files reached through links out of the output folder, redirects to another host.</summary>
public sealed class PreviewBoundaryTests
{
    [Fact]
    public async Task Should_answer_only_to_localhost_and_127_0_0_1()
    {
        await using var preview = await RunningPreview.StartAsync();

        var local = await SendAsync(preview, "localhost");
        var numeric = await SendAsync(preview, "127.0.0.1");
        var rebound = await SendAsync(preview, "attacker.example");
        var lookalike = await SendAsync(preview, "localhost.attacker.example");

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (local.StatusCode, numeric.StatusCode));
        Assert.Equal((HttpStatusCode.BadRequest, HttpStatusCode.BadRequest), (rebound.StatusCode, lookalike.StatusCode));
        Assert.DoesNotContain("<html", await rebound.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Should_redirect_a_doubled_slash_to_a_path_on_this_host_and_serve_nothing_through_links_out_of_the_output()
    {
        await using var preview = await RunningPreview.StartAsync();
        using var outside = new TempFolder();
        outside.Write("secret.txt", "SECRET-CONTENT").Write("pages/index.html", "<p>SECRET-PAGE</p>");
        File.CreateSymbolicLink(Path.Combine(preview.Site.Output, "leak.txt"), outside.PathOf("secret.txt"));
        Directory.CreateSymbolicLink(Path.Combine(preview.Site.Output, "leak"), outside.PathOf("pages"));
        using var noRedirects = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });

        var doubled = await noRedirects.GetAsync(new Uri(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{preview.Url.Port}//weeks/2026-02-18")));
        var file = await preview.GetAsync("leak.txt");
        var page = await preview.GetAsync("leak/");
        var folder = await noRedirects.GetAsync(new Uri(preview.Url, "leak"));

        Assert.Equal(HttpStatusCode.MovedPermanently, doubled.StatusCode);
        Assert.Equal("/weeks/2026-02-18/", doubled.Headers.Location!.OriginalString);
        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound), (file.StatusCode, page.StatusCode, folder.StatusCode));
        Assert.DoesNotContain("SECRET", await file.Content.ReadAsStringAsync() + await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static async Task<HttpResponseMessage> SendAsync(RunningPreview preview, string host)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, preview.Url);
        request.Headers.Host = string.Create(CultureInfo.InvariantCulture, $"{host}:{preview.Url.Port}");
        return await preview.Http.SendAsync(request);
    }
}
