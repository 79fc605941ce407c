using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Runtime.InteropServices;
using Reports.Cli.Serve;
using Reports.Site;

namespace Reports.Cli.Commands;

/// <summary>
/// <c>reports serve</c>: builds the site, serves it on 127.0.0.1, rebuilds after every saved change and reloads
/// open pages. Ctrl+C (or SIGTERM) stops it; exit code 0.
/// </summary>
public static class ServeCommand
{
    public const string Name = "serve";

    public const int DefaultPort = 8080;

    public static Command Create(CliConsole console)
    {
        var port = new Option<int>("--port")
        {
            Description = "Port on 127.0.0.1; 0 picks a free one (the address is printed).",
            HelpName = "N",
            DefaultValueFactory = _ => DefaultPort,
            CustomParser = ParsePort,
        };
        var data = CommonOptions.Data();
        var input = CommonOptions.Folder("--input", "Markdown pages, week narratives and theme overrides.", "input");
        var theme = CommonOptions.Folder("--theme", "Liquid layouts, partials and assets.", "theme");
        var output = CommonOptions.Folder("--output", "Where the site is written (exactly as 'build' writes it) and served from.", "output");
        var command = new Command(Name, "Build the site, serve it on 127.0.0.1 and rebuild and reload open pages whenever a source file is saved.")
        {
            port, data, input, theme, output,
        };
        command.SetAction(parsed => Run(
            new PreviewOptions(
                new SiteOptions(parsed.GetValue(data)!, parsed.GetValue(input)!, CommonOptions.ThemeOf(parsed, theme), parsed.GetValue(output)!, Strict: false, Preview: true),
                parsed.GetValue(port),
                PreviewOptions.DefaultQuiet),
            console));
        return command;
    }

    private static int Run(PreviewOptions options, CliConsole console)
    {
        using var stop = new CancellationTokenSource();
        // Ctrl+C and SIGTERM stop the server cleanly instead of killing the process mid-write.
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
        var output = TextWriter.Synchronized(console.Out);
        var error = TextWriter.Synchronized(console.Error);
        PreviewServer server;
        try
        {
            server = PreviewServer.StartAsync(options, output, error, console.Painter).GetAwaiter().GetResult();
        }
        catch (IOException busy)
        {
            error.WriteLine(console.Painter.Error(string.Create(
                CultureInfo.InvariantCulture,
                $"error: cannot listen on 127.0.0.1:{options.Port} ({busy.Message}); pass --port 0 to use a free port.")));
            return ExitCodes.Usage;
        }

        output.WriteLine(console.Painter.Strong(string.Create(
            CultureInfo.InvariantCulture,
            $"Serving {server.Url} (from {options.Site.OutputDirectory}); watching {options.Site.DataDirectory}, {options.Site.InputDirectory}, {options.Site.ThemeDirectory}. Press Ctrl+C to stop.")));
        try
        {
            stop.Token.WaitHandle.WaitOne();
        }
        finally
        {
            server.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }

        output.WriteLine("Stopped.");
        return ExitCodes.Ok;

        void Stop(PosixSignalContext context)
        {
            context.Cancel = true;
            stop.Cancel();
        }
    }

    /// <summary>A port from 0 to 65535; anything else is a usage error (exit code 2).</summary>
    private static int ParsePort(ArgumentResult result)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[^1].Value : "";
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var port) && port <= 65535)
        {
            return port;
        }

        result.AddError($"--port must be a whole number from 0 to 65535, not '{text}'.");
        return DefaultPort;
    }
}
