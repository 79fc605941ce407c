using System.IO.Hashing;
using Reports.Data;
using Reports.Diagnostics;
using Reports.Domain;
using Reports.Paths;
using Reports.Scoring;

namespace Reports.Site;

/// <summary>
/// The data a session's last build loaded and evaluated. A rebuild whose data folder holds the same CSV files, byte
/// for byte, gets them back instead of reading and evaluating them again: an edit to a template, the stylesheet or a
/// Markdown page does not pay for the data, and an edit to one file parses only the tables it reaches
/// (<see cref="TableCache"/>). The files are fingerprinted before and after loading, and a load is kept only when
/// both agree, so a file saved while it was being read is never remembered with the wrong contents.
/// </summary>
public sealed class LoadedDataCache
{
    private readonly Lock _gate = new();
    private readonly TableCache _tables = new();
    private (string Key, Result<ReliabilityData> Loaded)? _loaded;
    private (ReliabilityData Data, ProgramReport Report)? _evaluated;

    /// <summary>Whether the last build reused the data it loaded before.</summary>
    public bool LastWasReused { get; private set; }

    internal Result<ReliabilityData> Load(string dataDirectory)
    {
        var before = Fingerprint(dataDirectory);
        lock (_gate)
        {
            if (before is not null && _loaded is { } last && last.Key == before.Value.Key)
            {
                LastWasReused = true;
                return last.Loaded;
            }
        }

        _tables.Begin(before?.Files ?? new Dictionary<string, string>());
        var loaded = DataFolderLoader.Load(dataDirectory, _tables);
        var after = Fingerprint(dataDirectory);
        var unchanged = before is not null && before.Value.Key == after?.Key;
        if (unchanged)
        {
            _tables.Keep();
        }

        lock (_gate)
        {
            LastWasReused = false;
            _loaded = unchanged ? (before!.Value.Key, loaded) : null;
        }

        return loaded;
    }

    /// <summary>The data's report: the last one when the data is the same, else one that takes back the weeks it can from it.</summary>
    internal ProgramReport Evaluate(ReliabilityData data)
    {
        ProgramReport? earlier;
        lock (_gate)
        {
            if (_evaluated is { } last && ReferenceEquals(last.Data, data))
            {
                return last.Report;
            }

            earlier = _evaluated?.Report;
        }

        var report = ProgramEvaluator.Evaluate(data, earlier);
        lock (_gate)
        {
            _evaluated = (data, report);
        }

        return report;
    }

    /// <summary>
    /// The names of everything at the top of the folder and the bytes of its CSV files, and a hash of each file's
    /// bytes by name; null when the folder cannot be read.
    /// </summary>
    private static (string Key, Dictionary<string, string> Files)? Fingerprint(string dataDirectory)
    {
        try
        {
            var hash = new XxHash128();
            var files = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var entry in Directory.EnumerateFileSystemEntries(dataDirectory).Order(StringComparer.Ordinal))
            {
                var name = Path.GetFileName(entry);
                hash.Append(System.Text.Encoding.UTF8.GetBytes(name + "\0"));
                // A link out of the folder is not read here either: the loader reports it.
                if (File.Exists(entry) && entry.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) && ContainedPath.StaysInside(dataDirectory, entry))
                {
                    var bytes = File.ReadAllBytes(entry);
                    var file = XxHash128.Hash(bytes);
                    hash.Append(BitConverter.GetBytes(bytes.LongLength));
                    hash.Append(file);
                    files[name] = Convert.ToHexStringLower(file);
                }
            }

            return (Convert.ToHexStringLower(hash.GetCurrentHash()), files);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
