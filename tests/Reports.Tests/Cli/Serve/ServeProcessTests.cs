using System.Net;
using System.Net.Sockets;
using Reports.Tests.Site;

namespace Reports.Tests.Cli.Serve;

/// <summary><c>reports serve</c> as a person runs it: a process that prints its address and stops on Ctrl+C with exit code 0.</summary>
public sealed class ServeProcessTests : IDisposable
{
    private readonly SiteFolder _site = SiteFolder.Shipped();

    public void Dispose() => _site.Dispose();

    [SkippableFact]
    public async Task Should_print_its_address_serve_the_site_and_stop_cleanly_on_ctrl_c()
    {
        Skip.If(InheritedSignals.InterruptIgnored, "this test run ignores SIGINT (started as a background job), and serve would inherit that; run it in the foreground");
        using var serve = await ServeProcess.StartAsync(_site.Root);
        using var http = new HttpClient { Timeout = RunningPreview.Patience };

        var home = await http.GetAsync(serve.Url);
        var (exitCode, output) = await serve.StopAsync("INT");

        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Equal("127.0.0.1", serve.Url.Host);
        Assert.Equal(0, exitCode);
        Assert.Contains("Stopped.", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_stop_cleanly_on_sigterm()
    {
        using var serve = await ServeProcess.StartAsync(_site.Root);

        var (exitCode, output) = await serve.StopAsync("TERM");

        Assert.True(exitCode == 0, $"exit code {exitCode}: {output}");
        Assert.Contains("Stopped.", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_refuse_a_port_in_use_with_a_usage_error()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;

        using var process = ServeProcess.Launch(_site.Root, "serve", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        using var timeout = new CancellationTokenSource(RunningPreview.Patience);
        var error = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);

        Assert.Equal(2, process.ExitCode);
        Assert.Contains("--port 0", await error, StringComparison.Ordinal);
    }
}
