using System.Globalization;
using System.Text;
using CsvHelper;
using Reports.Data;
using Reports.Diagnostics;
using Reports.Domain;
using Reports.Scoring;

namespace Reports.Archive;

/// <summary>
/// The data rows a week was computed from, kept in its snapshot under <c>data/</c> as a data folder of its own:
/// every row of <c>rubric.csv</c>, <c>policy.csv</c> and <c>gates.csv</c>; the week's rows of <c>scores.csv</c>,
/// <c>gate-results.csv</c> and <c>decisions.csv</c>; the rows of the incidents open during G5's window (those open
/// that week among them) and of the findings unresolved that week. Rows are copied byte for byte as the files hold
/// them (quoting, annotation columns and all), under the file's own header, so the snapshot shows an auditor exactly
/// what was read and the loader reads it again. Of the evidence: every row of <c>slos.csv</c>, and the rows of <c>slo-days.csv</c>, <c>ci-runs.csv</c> and
/// <c>events.csv</c> the week's rules read (<see cref="EvidenceReach"/>). A rule is measured when its file has any
/// row, so a file with rows keeps its first one when the week reads none of them.
/// </summary>
public static class ArchivedRows
{
    /// <summary>The subfolder of a snapshot that holds the rows.</summary>
    public const string FolderName = "data";

    private static readonly CsvReaderOptions Options = CsvReaderOptions.Default with
    {
        Separator = ',',
        Mode = CsvMode.Rfc4180,
        HasHeader = false,
        SkipEmptyLines = true,
        AllowLineBreaksInQuotes = true,
        DetectSeparatorHint = false,
        FieldCountMismatch = CsvFieldCountHandling.Allow,
    };

    /// <summary>
    /// The rows of <paramref name="week"/> from the (valid) data folder, by snapshot path (<c>data/scores.csv</c>).
    /// Optional files the folder lacks are left out, as they were when the week was computed.
    /// </summary>
    public static IReadOnlyList<KeyValuePair<string, byte[]>> Extract(string dataDirectory, ReliabilityData data, WeekResult week)
    {
        ArgumentNullException.ThrowIfNull(dataDirectory);
        ArgumentNullException.ThrowIfNull(week);
        var readIncidents = data.Incidents.Where(i => EvidenceReach.ReadsIncident(i, week.WeekOf, data.Policy.Evidence)).Select(i => i.Id).ToHashSet(StringComparer.Ordinal);
        var unresolvedFindings = week.UnresolvedFindings.Select(f => f.Id).ToHashSet(StringComparer.Ordinal);
        var reach = EvidenceReach.Of(data, week);
        Func<Cells, bool> ofWeek = row => Day(row("week_of")) == week.WeekOf;
        var selections = new (string File, Func<Cells, bool>? Keep, bool KeepOne)[]
        {
            (DataFiles.Rubric, null, false),
            (DataFiles.Policy, null, false),
            (DataFiles.Gates, null, false),
            (DataFiles.Scores, ofWeek, false),
            (DataFiles.GateResults, ofWeek, false),
            (DataFiles.Incidents, row => readIncidents.Contains(row("id")), false),
            (DataFiles.Findings, row => unresolvedFindings.Contains(row("id")), false),
            (DataFiles.Decisions, ofWeek, false),
            (DataFiles.Slos, null, false),
            (DataFiles.SloDays, row => Day(row("date")) is DateOnly day && day >= reach.SloDaysFrom && day <= week.WeekOf, false),
            (DataFiles.CiRuns, row => UtcDay(row("finished")) is DateOnly day && reach.Reads(row("check"), day), true),
            (DataFiles.Events, row => Day(row("date")) <= week.WeekOf, true),
        };

        var files = new List<KeyValuePair<string, byte[]>>();
        foreach (var (file, keep, keepOne) in selections)
        {
            var path = Path.Combine(dataDirectory, file);
            if (File.Exists(path))
            {
                files.Add(new(FolderName + "/" + file, Select(path, keep, keepOne)));
            }
        }

        return files;
    }

    /// <summary>A record's cell by its column's name ("" when the file has no such column).</summary>
    private delegate string Cells(string column);

    private static DateOnly? Day(string cell) =>
        DateOnly.TryParseExact(cell, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    /// <summary>A run's UTC date: a date alone is its own, a timestamp with Z or an offset is converted.</summary>
    private static DateOnly? UtcDay(string cell) =>
        Day(cell) ?? (DateTimeOffset.TryParse(cell, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant)
            ? DateOnly.FromDateTime(instant.UtcDateTime)
            : null);

    /// <summary>
    /// Loads the rows kept in <paramref name="snapshotFolder"/>: the data as it was when the week was published.
    /// Null without diagnostics when the snapshot keeps no rows (an older or hand-made snapshot).
    /// </summary>
    public static Result<ReliabilityData>? Load(string snapshotFolder)
    {
        ArgumentNullException.ThrowIfNull(snapshotFolder);
        var folder = Path.Combine(snapshotFolder, FolderName);
        return Directory.Exists(folder) ? DataFolderLoader.Load(folder) : null;
    }

    /// <summary>
    /// The header and every record <paramref name="keep"/> accepts, raw, one per <c>\n</c>-ended line; with
    /// <paramref name="keepOne"/>, the first record when it accepts none.
    /// </summary>
    private static byte[] Select(string path, Func<Cells, bool>? keep, bool keepOne)
    {
        using var stream = File.OpenRead(path);
        using var reader = CsvReader.Create(stream, Options, leaveOpen: false);
        using var output = new MemoryStream();
        var columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var header = true;
        byte[]? first = null;
        var kept = 0;
        while (reader.Read())
        {
            if (IsBlank(reader))
            {
                continue;
            }

            if (header)
            {
                header = false;
                for (var i = reader.FieldCount - 1; i >= 0; i--)
                {
                    columns[reader.GetString(i).Trim().TrimStart('\uFEFF')] = i;
                }

                Append(output, WithoutBom(reader.RawRecord));
                continue;
            }

            first ??= reader.RawRecord.ToArray();
            if (keep is null || keep(column => columns.TryGetValue(column, out var i) && i < reader.FieldCount ? reader.GetString(i).Trim() : ""))
            {
                Append(output, reader.RawRecord);
                kept++;
            }
        }

        if (keepOne && kept == 0 && first is not null)
        {
            Append(output, first);
        }

        return output.ToArray();
    }

    private static bool IsBlank(CsvReader reader)
    {
        for (var i = 0; i < reader.FieldCount; i++)
        {
            if (reader.GetString(i).Trim().Length > 0)
            {
                return false;
            }
        }

        return true;
    }

    private static ReadOnlySpan<byte> WithoutBom(ReadOnlySpan<byte> raw) =>
        raw.StartsWith(Encoding.UTF8.Preamble) ? raw[Encoding.UTF8.Preamble.Length..] : raw;

    private static void Append(MemoryStream output, ReadOnlySpan<byte> record)
    {
        output.Write(record);
        output.WriteByte((byte)'\n');
    }
}
