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
/// <c>gate-results.csv</c> and <c>decisions.csv</c>; the rows of the incidents open and the findings unresolved
/// that week. Rows are copied byte for byte as the files hold them (quoting, annotation columns and all), under
/// the file's own header, so the snapshot shows an auditor exactly what was read and the loader reads it again.
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
    public static IReadOnlyList<KeyValuePair<string, byte[]>> Extract(string dataDirectory, WeekResult week)
    {
        ArgumentNullException.ThrowIfNull(dataDirectory);
        ArgumentNullException.ThrowIfNull(week);
        var openIncidents = week.OpenIncidents.Select(i => i.Id).ToHashSet(StringComparer.Ordinal);
        var unresolvedFindings = week.UnresolvedFindings.Select(f => f.Id).ToHashSet(StringComparer.Ordinal);
        Func<string, bool> ofWeek = cell => DateOnly.TryParseExact(cell, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) && date == week.WeekOf;
        var selections = new (string File, string? Column, Func<string, bool>? Keep)[]
        {
            (DataFiles.Rubric, null, null),
            (DataFiles.Policy, null, null),
            (DataFiles.Gates, null, null),
            (DataFiles.Scores, "week_of", ofWeek),
            (DataFiles.GateResults, "week_of", ofWeek),
            (DataFiles.Incidents, "id", openIncidents.Contains),
            (DataFiles.Findings, "id", unresolvedFindings.Contains),
            (DataFiles.Decisions, "week_of", ofWeek),
        };

        var files = new List<KeyValuePair<string, byte[]>>();
        foreach (var (file, column, keep) in selections)
        {
            var path = Path.Combine(dataDirectory, file);
            if (File.Exists(path))
            {
                files.Add(new(FolderName + "/" + file, Select(path, column, keep)));
            }
        }

        return files;
    }

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

    /// <summary>The header and every record <paramref name="keep"/> accepts by its <paramref name="column"/>, raw, one per <c>\n</c>-ended line.</summary>
    private static byte[] Select(string path, string? column, Func<string, bool>? keep)
    {
        using var stream = File.OpenRead(path);
        using var reader = CsvReader.Create(stream, Options, leaveOpen: false);
        using var output = new MemoryStream();
        var field = -1;
        var header = true;
        while (reader.Read())
        {
            if (IsBlank(reader))
            {
                continue;
            }

            if (header)
            {
                header = false;
                field = column is null ? -1 : FieldOf(reader, column);
                Append(output, WithoutBom(reader.RawRecord));
                continue;
            }

            if (keep is null || (field >= 0 && field < reader.FieldCount && keep(reader.GetString(field).Trim())))
            {
                Append(output, reader.RawRecord);
            }
        }

        return output.ToArray();
    }

    private static int FieldOf(CsvReader reader, string column)
    {
        for (var i = 0; i < reader.FieldCount; i++)
        {
            if (string.Equals(reader.GetString(i).Trim().TrimStart('\uFEFF'), column, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
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
