using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Reports.Tests.Cli.Serve;

/// <summary>
/// <c>reports serve</c> in its own process, started in a site folder; <see cref="StartAsync"/> waits for the
/// address it prints. Disposing kills it if a test did not stop it.
/// </summary>
internal sealed partial class ServeProcess : IDisposable
{
    private ServeProcess(Process process, Uri url)
    {
        Process = process;
        Url = url;
    }

    public Process Process { get; }

    public Uri Url { get; }

    public static Process Launch(string folder, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(typeof(global::Reports.Cli.ReportsApp).Assembly.Location);
        foreach (var argument in args)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["NO_COLOR"] = "1";
        start.Environment["REPORTS_DEBUG"] = "1";
        return Process.Start(start)!;
    }

    /// <summary>Starts <c>reports serve --port 0</c> in <paramref name="folder"/> and waits until it serves.</summary>
    public static async Task<ServeProcess> StartAsync(string folder)
    {
        var process = Launch(folder, "serve", "--port", "0");
        using var timeout = new CancellationTokenSource(RunningPreview.Patience);
        while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            if (ServingLine().Match(line) is { Success: true } match)
            {
                return new ServeProcess(process, new Uri(match.Groups["url"].Value));
            }
        }

        var error = await process.StandardError.ReadToEndAsync();
        process.Dispose();
        throw new InvalidOperationException("serve exited without printing its address: " + error);
    }

    /// <summary>
    /// Sends <paramref name="signal"/> (<c>INT</c> is what Ctrl+C sends, <c>TERM</c> what a service manager sends).
    /// Returns the exit code and what was printed after the address.
    /// </summary>
    public async Task<(int ExitCode, string Output)> StopAsync(string signal)
    {
        using (var kill = System.Diagnostics.Process.Start("kill", ["-" + signal, Process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        using var timeout = new CancellationTokenSource(RunningPreview.Patience);
        await Process.WaitForExitAsync(timeout.Token);

        // Read up to the last line serve prints rather than to the end of the pipe: a process started by the test host at
        // the same moment (a browser) may hold the pipe's write end open long after serve has exited.
        var output = new System.Text.StringBuilder();
        while (await Process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            output.AppendLine(line);
            if (line.StartsWith("Stopped.", StringComparison.Ordinal))
            {
                break;
            }
        }

        if (Process.ExitCode != 0)
        {
            // What went wrong, for the test's failure message.
            output.AppendLine(await Process.StandardError.ReadToEndAsync(timeout.Token));
        }

        return (Process.ExitCode, output.ToString());
    }

    public void Dispose()
    {
        if (!Process.HasExited)
        {
            Process.Kill(entireProcessTree: true);
        }

        Process.Dispose();
    }

    [GeneratedRegex(@"^Serving (?<url>http://127\.0\.0\.1:\d+/) ")]
    private static partial Regex ServingLine();
}
