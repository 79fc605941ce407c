using Reports.Data.Csv;
using Reports.Data.Tables;
using Reports.Diagnostics;
using Reports.Domain;
using Reports.Paths;

namespace Reports.Data;

/// <summary>
/// Loads and validates the data folder: every file of the contract, each row, and the checks across files.
/// Every problem is reported (at most <see cref="DiagnosticBag.DefaultLimit"/> per file) and no input throws.
/// </summary>
public static class DataFolderLoader
{
    private static readonly EnumerationOptions TopLevelCsvFiles = new()
    {
        MatchCasing = MatchCasing.CaseInsensitive,
        RecurseSubdirectories = false, // subfolders such as archive/ belong to other features
        AttributesToSkip = FileAttributes.Directory,
    };

    /// <summary>
    /// Loads and validates every file of the contract from <paramref name="dataDirectory"/>. Diagnostic paths are
    /// <c>Path.Combine(dataDirectory, file)</c> with '/' separators, as the folder was given (<c>data/scores.csv</c>).
    /// </summary>
    public static Result<ReliabilityData> Load(string dataDirectory)
    {
        ArgumentNullException.ThrowIfNull(dataDirectory);
        if (!Directory.Exists(dataDirectory))
        {
            return new Result<ReliabilityData>(null, [DataErrors.DataFolderMissing(dataDirectory.Replace('\\', '/'))]);
        }

        var present = Directory.EnumerateFiles(dataDirectory, "*.csv", TopLevelCsvFiles).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToArray();
        var folder = new DataFolder(dataDirectory, present);

        var rubric = folder.Read(DataFiles.Rubric, RubricTable.Schema, RubricTable.Read, RubricTable.Unknown, RubricTable.Unknown);
        var policy = folder.Read(DataFiles.Policy, PolicyTable.Schema, PolicyTable.Read, PolicyTable.Defaults, PolicyTable.Unknown);
        var gates = folder.Read(DataFiles.Gates, GatesTable.Schema, GatesTable.Read, GatesTable.Unknown, GatesTable.Unknown);
        var scores = folder.Read(DataFiles.Scores, ScoresTable.Schema, (path, bag) => ScoresTable.Read(path, bag, rubric.Keys), ScoresTable.Unknown, ScoresTable.Unknown);
        var gateResults = folder.Read(
            DataFiles.GateResults, GateResultsTable.Schema, (path, bag) => GateResultsTable.Read(path, bag, gates.Ids, scores.Weeks, scores.WeeksPartial), [], []);
        var incidents = folder.Read(DataFiles.Incidents, IncidentsTable.Schema, (path, bag) => IncidentsTable.Read(path, bag, policy.Pillars), [], []);
        var findings = folder.Read(DataFiles.Findings, FindingsTable.Schema, (path, bag) => FindingsTable.Read(path, bag, policy.Pillars), [], []);
        var decisions = folder.Read(DataFiles.Decisions, DecisionsTable.Schema, (path, bag) => DecisionsTable.Read(path, bag, scores.Weeks, scores.WeeksPartial), [], []);
        var slos = folder.Read(DataFiles.Slos, SlosTable.Schema, (path, bag) => SlosTable.Read(path, bag, policy.Pillars), SlosTable.Absent, SlosTable.Unknown);
        var sloDays = folder.Read(DataFiles.SloDays, SloDaysTable.Schema, (path, bag) => SloDaysTable.Read(path, bag, slos.Ids), [], []);
        var ciRuns = folder.Read(DataFiles.CiRuns, CiRunsTable.Schema, CiRunsTable.Read, [], []);
        var events = folder.Read(DataFiles.Events, EventsTable.Schema, EventsTable.Read, [], []);

        var diagnostics = folder.UnknownFiles().Concat(folder.Diagnostics()).ToArray();
        if (diagnostics.Any(d => d.IsError))
        {
            return new Result<ReliabilityData>(null, diagnostics);
        }

        var data = new ReliabilityData(rubric.Categories, policy.Policy, gates.Gates, scores.Scores, gateResults, incidents, findings, decisions)
        {
            Evidence = new EvidenceData(slos.Slos, sloDays, ciRuns, events),
        };
        return new Result<ReliabilityData>(data, diagnostics);
    }

    /// <summary>The files of one folder being loaded, each with its own capped diagnostics.</summary>
    private sealed class DataFolder(string directory, IReadOnlyList<string> present)
    {
        private readonly List<DiagnosticBag> bags = [];

        public T Read<T>(string file, CsvSchema schema, Func<string, DiagnosticBag, T> read, T whenAbsent, T whenUnreadable)
        {
            var path = Path.Combine(directory, file).Replace('\\', '/');
            var bag = new DiagnosticBag(path);
            bags.Add(bag);

            if (!ContainedPath.StaysInside(directory, path))
            {
                bag.Add(PathErrors.LinkLeavesFolder(path, directory));
                return whenUnreadable;
            }

            if (!File.Exists(path) && !Directory.Exists(path))
            {
                if (!DataFiles.IsOptional(file))
                {
                    var caseVariant = present.FirstOrDefault(p => string.Equals(p, file, StringComparison.OrdinalIgnoreCase));
                    bag.Add(DataErrors.MissingFile(SourceLocation.File(path), file, schema.HeaderRow, caseVariant));
                    return whenUnreadable;
                }

                return whenAbsent;
            }

            try
            {
                return read(path, bag);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // A bug while reading one file must not hide the problems of the others.
                bag.Add(DataErrors.ReadFailed(SourceLocation.File(path), e));
                return whenUnreadable;
            }
        }

        public IEnumerable<Diagnostic> Diagnostics() => bags.SelectMany(b => b.ToList());

        /// <summary>CSV files that the contract does not read: most often a misnamed data file.</summary>
        public IEnumerable<Diagnostic> UnknownFiles() =>
            present
                .Where(name => !DataFiles.All.Contains(name, StringComparer.OrdinalIgnoreCase))
                .Select(name => DataErrors.UnknownFile(
                    SourceLocation.File(Path.Combine(directory, name).Replace('\\', '/')),
                    name,
                    Suggestions.Closest(Path.GetFileNameWithoutExtension(name), DataFiles.All.Select(Path.GetFileNameWithoutExtension).OfType<string>()) is { } stem ? stem + ".csv" : null));
    }
}
