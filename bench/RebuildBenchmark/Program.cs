using System.Diagnostics;
using System.Globalization;
using Reports.Bench;
using Reports.Preview;
using Reports.Site;

// Usage: RebuildBenchmark <data-dir> <theme-dir> <work-dir> [edits] [input-dir] [score|markdown]
// Copies the data folder into <work-dir>, builds it once in a session (as `reports serve` does), then edits one
// score row at a time and times each rebuild in the same session: edit → site written, nothing else.
if (args.Length < 3)
{
    Console.Error.WriteLine("usage: RebuildBenchmark <data-dir> <theme-dir> <work-dir> [edits] [input-dir] [score|markdown]");
    return 2;
}

var edits = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 21;
var work = Path.GetFullPath(args[2]);
if (Directory.Exists(work))
{
    Directory.Delete(work, recursive: true);
}

var data = Path.Combine(work, "data");
Directory.CreateDirectory(data);
foreach (var file in Directory.EnumerateFiles(args[0], "*.csv"))
{
    File.Copy(file, Path.Combine(data, Path.GetFileName(file)));
}

Directory.CreateDirectory(Path.Combine(work, "input"));
foreach (var file in args.Length > 4 ? Directory.EnumerateFiles(args[4]) : [])
{
    File.Copy(file, Path.Combine(work, "input", Path.GetFileName(file)));
}

var session = new SiteSession(new SiteOptions(data, Path.Combine(work, "input"), Path.GetFullPath(args[1]), Path.Combine(work, "output"), Strict: false, Preview: true));
var clock = Stopwatch.StartNew();
var first = session.Build();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"first build in the session: {clock.ElapsedMilliseconds} ms, {first.Pages} pages, {first.FilesWritten} files"));
if (!first.Succeeded)
{
    first.Diagnostics.Where(d => d.IsError).Take(5).ToList().ForEach(d => Console.Error.WriteLine(d));
    return 1;
}

// "score" edits one row of scores.csv; "markdown" appends a line to the first Markdown page of input/ (the data,
// and so the data version in every footer, stay the same).
var markdown = args.Length > 5 && args[5] == "markdown";
var page = markdown ? Directory.EnumerateFiles(Path.Combine(work, "input"), "*.md").Order(StringComparer.Ordinal).First() : "";
var scores = new ScoreEditor(Path.Combine(data, "scores.csv"));
var times = new List<double>();
var cpuTimes = new List<double>();
var allocations = new List<double>();
var process = Process.GetCurrentProcess();
for (var i = 0; i < edits; i++)
{
    // A person saves seconds apart: the background work the previous rebuild left (the collector's, the disk's) has
    // finished by then.
    Thread.Sleep(1500);
    if (markdown)
    {
        File.AppendAllText(page, string.Create(CultureInfo.InvariantCulture, $"\nEdit {i + 1} while previewing.\n"));
    }
    else
    {
        scores.ToggleMiddleRow(i);
    }

    // CPU time as well as wall time: on a shared machine the wall time also counts the time others take the cores.
    process.Refresh();
    var cpuBefore = process.TotalProcessorTime;
    var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
    clock.Restart();
    var outcome = session.Build();
    var elapsed = clock.Elapsed.TotalMilliseconds;
    var allocated = (GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore) / 1e6;
    process.Refresh();
    var cpu = (process.TotalProcessorTime - cpuBefore).TotalMilliseconds;
    if (!outcome.Succeeded)
    {
        Console.Error.WriteLine("rebuild failed");
        return 1;
    }

    times.Add(elapsed);
    cpuTimes.Add(cpu);
    allocations.Add(allocated);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"rebuild {i + 1}: {elapsed:0.0} ms (CPU {cpu:0} ms, {allocated:0} MB allocated), {outcome.FilesWritten} written, {session.Cache.Pages.Misses} pages rendered, {session.Cache.Pages.Hits} reused"));
}

// The first rebuilds still run freshly jitted code; the median of the rest is what an editing session sees.
var steady = times.Skip(times.Count > 5 ? 1 : 0).Order().ToList();
var steadyCpu = cpuTimes.Skip(cpuTimes.Count > 5 ? 1 : 0).Order().ToList();
var steadyAllocated = allocations.Skip(allocations.Count > 5 ? 1 : 0).Order().ToList();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"warm rebuild after {(markdown ? "a Markdown page edit" : "a one-row score edit")}: median {steady[steady.Count / 2]:0.0} ms, min {steady[0]:0.0} ms, max {steady[^1]:0.0} ms over {steady.Count} edits; CPU median {steadyCpu[steadyCpu.Count / 2]:0} ms, {steadyAllocated[steadyAllocated.Count / 2]:0} MB allocated"));
return 0;
