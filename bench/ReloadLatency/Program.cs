using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Reports.Bench;

// Usage: ReloadLatency <reports-cli.dll> <data-dir> <theme-dir> <work-dir> [edits] [input-dir]
// Starts `reports serve --port 0` on a copy of the data, listens to its reload events as an open page does, then
// edits one score row at a time and measures, per edit: save → reload event → the changed weekly page fetched
// and showing the new score. That is what a person waits for between saving and seeing the page change.
if (args.Length < 4)
{
    Console.Error.WriteLine("usage: ReloadLatency <reports-cli.dll> <data-dir> <theme-dir> <work-dir> [edits] [input-dir]");
    return 2;
}

var edits = args.Length > 4 ? int.Parse(args[4], CultureInfo.InvariantCulture) : 21;
var work = Path.GetFullPath(args[3]);
if (Directory.Exists(work))
{
    Directory.Delete(work, recursive: true);
}

Directory.CreateDirectory(Path.Combine(work, "data"));
Directory.CreateDirectory(Path.Combine(work, "input"));
foreach (var file in Directory.EnumerateFiles(args[1], "*.csv"))
{
    File.Copy(file, Path.Combine(work, "data", Path.GetFileName(file)));
}

foreach (var file in args.Length > 5 ? Directory.EnumerateFiles(args[5]) : [])
{
    File.Copy(file, Path.Combine(work, "input", Path.GetFileName(file)));
}

var start = new ProcessStartInfo("dotnet") { WorkingDirectory = work, RedirectStandardOutput = true, RedirectStandardError = true };
foreach (var argument in new[] { Path.GetFullPath(args[0]), "serve", "--port", "0", "--theme", Path.GetFullPath(args[2]) })
{
    start.ArgumentList.Add(argument);
}

start.Environment["NO_COLOR"] = "1";
using var serve = Process.Start(start)!;
var log = new List<string>();
try
{
    Uri? url = null;
    while (url is null && await serve.StandardOutput.ReadLineAsync() is { } line)
    {
        log.Add(line);
        if (Regex.Match(line, @"^Serving (http://127\.0\.0\.1:\d+/)") is { Success: true } serving)
        {
            url = new Uri(serving.Groups[1].Value);
        }
    }

    if (url is null)
    {
        Console.Error.WriteLine("serve did not start:\n" + string.Join('\n', log) + await serve.StandardError.ReadToEndAsync());
        return 1;
    }

    // Keep reading what the server prints (warnings go to standard error), so its pipes never fill up and block it.
    _ = Task.Run(async () =>
    {
        while (await serve.StandardOutput.ReadLineAsync() is { } line)
        {
            lock (log)
            {
                log.Add(line);
            }
        }
    });
    _ = Task.Run(async () =>
    {
        while (await serve.StandardError.ReadLineAsync() is not null)
        {
        }
    });

    using var http = new HttpClient { BaseAddress = url, Timeout = TimeSpan.FromSeconds(60) };
    using var events = new StreamReader(await http.GetStreamAsync("_reports/events"));
    var build = await NextBuildAsync(events);
    var scores = new ScoreEditor(Path.Combine(work, "data", "scores.csv"));
    var times = new List<double>();
    for (var i = 0; i < edits; i++)
    {
        var clock = Stopwatch.StartNew();
        var week = scores.ToggleMiddleRow(i);
        var next = await NextBuildAsync(events);
        var page = await http.GetStringAsync($"weeks/{week}/");
        var elapsed = clock.Elapsed.TotalMilliseconds;
        if (next == build || !page.Contains("data-build=\"" + next + "\"", StringComparison.Ordinal))
        {
            Console.Error.WriteLine($"edit {i + 1}: no new build was served");
            return 1;
        }

        build = next;
        times.Add(elapsed);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"edit {i + 1}: {elapsed:0} ms from save to the reloaded page of week {week}"));
        // Saves come seconds apart; the previous rebuild has deleted the files it replaced by then.
        await Task.Delay(1500);
    }

    var steady = times.Skip(times.Count > 5 ? 1 : 0).Order().ToList();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"save → reloaded page (serve): median {steady[steady.Count / 2]:0} ms, min {steady[0]:0} ms, max {steady[^1]:0} ms over {steady.Count} edits"));
    lock (log)
    {
        Console.WriteLine("server log, last rebuild: " + log.LastOrDefault(l => l.StartsWith("Rebuilt", StringComparison.Ordinal)));
    }

    return 0;
}
finally
{
    if (!serve.HasExited)
    {
        serve.Kill(entireProcessTree: true);
    }
}

static async Task<string> NextBuildAsync(StreamReader events)
{
    while (await events.ReadLineAsync() is { } line)
    {
        if (line.StartsWith("data: ", StringComparison.Ordinal))
        {
            return line["data: ".Length..];
        }
    }

    throw new InvalidOperationException("the event stream ended");
}
