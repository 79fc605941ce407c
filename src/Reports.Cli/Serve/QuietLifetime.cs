using Microsoft.Extensions.Hosting;

namespace Reports.Cli.Serve;

/// <summary>
/// The web host's lifetime without the console one's Ctrl+C handling and start-up messages: the serve command
/// owns Ctrl+C (it stops the watcher and the builds too) and prints its own lines.
/// </summary>
internal sealed class QuietLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
