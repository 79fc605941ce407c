using System.Text.Unicode;
using CsvHelper;
using Reports.Diagnostics;

namespace Reports.Data.Csv;

/// <summary>
/// Reads one data file with CsvHelper, strictly: checks that it is UTF-8 text, matches the header against the
/// schema and hands each well-formed data row to a callback. Every problem becomes a diagnostic; the file is
/// streamed, so its size does not matter.
/// </summary>
internal static class CsvTableReader
{
    /// <summary>Longer records are almost always an unclosed quote swallowing the rest of the file.</summary>
    internal const int MaxRecordBytes = 1024 * 1024;

    /// <summary>As much as git looks at to decide that a file is binary.</summary>
    private const int SniffBytes = 8000;

    private static readonly CsvReaderOptions BaseOptions = CsvReaderOptions.Default with
    {
        Separator = ',',
        Mode = CsvMode.Rfc4180,
        HasHeader = false, // the header is read as a record, so that its cells have positions too
        TrackLineNumbers = true,
        TrimWhitespace = true,
        TrimInsideQuotes = true,
        SkipEmptyLines = true,
        AllowLineBreaksInQuotes = true,
        DetectSeparatorHint = false, // "sep=;" must be reported, not obeyed
        MalformedData = CsvMalformedDataHandling.Recover,
        FieldCountMismatch = CsvFieldCountHandling.Allow, // checked here, against the header, with a position
        MaxRecordSize = MaxRecordBytes,
    };

    public static CsvReadSummary Read(string path, CsvSchema schema, DiagnosticBag bag, Action<SourceRow> onRow)
    {
        var file = SourceLocation.File(path);
        if (Directory.Exists(path))
        {
            bag.Add(DataErrors.NotAFile(file));
            return CsvReadSummary.Unread;
        }

        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
            if (!LooksLikeUtf8Text(stream, file, schema, bag))
            {
                return CsvReadSummary.Unread;
            }

            stream.Position = 0;
            return ReadRecords(stream, path, schema, bag, onRow);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            bag.Add(DataErrors.CannotRead(file, e.Message));
            return CsvReadSummary.Unread;
        }
    }

    private static bool LooksLikeUtf8Text(Stream stream, SourceLocation file, CsvSchema schema, DiagnosticBag bag)
    {
        var head = new byte[SniffBytes];
        var length = stream.ReadAtLeast(head, SniffBytes, throwOnEndOfStream: false);
        var bytes = head.AsSpan(0, length);
        if (length == 0)
        {
            bag.Add(DataErrors.EmptyFile(file, schema.HeaderRow));
            return false;
        }

        // CsvHelper would quietly transcode these; the contract says UTF-8, and other tools read the files too.
        var encoding = bytes switch
        {
            [0xFF, 0xFE, 0x00, 0x00, ..] => "UTF-32",
            [0x00, 0x00, 0xFE, 0xFF, ..] => "UTF-32",
            [0xFF, 0xFE, ..] or [0xFE, 0xFF, ..] => "UTF-16",
            _ => null,
        };
        if (encoding is not null)
        {
            bag.Add(DataErrors.UnsupportedEncoding(file, encoding));
            return false;
        }

        if (bytes.Contains((byte)0))
        {
            bag.Add(DataErrors.NotText(file));
            return false;
        }

        return true;
    }

    private static CsvReadSummary ReadRecords(Stream stream, string path, CsvSchema schema, DiagnosticBag bag, Action<SourceRow> onRow)
    {
        var malformed = new Queue<CsvMalformedRecord>();
        var options = BaseOptions with { OnMalformedRecord = malformed.Enqueue };
        using var reader = CsvReader.Create(stream, options, leaveOpen: true);

        HeaderMap? header = null;
        SourceRow? row = null;
        var skipped = 0;
        var stopped = false;
        try
        {
            while (reader.Read())
            {
                var quoting = TakeQuotingProblem(malformed, reader.LineNumber);
                if (!IsUtf8Text(reader, path, bag))
                {
                    // Everything after a binary or mis-encoded record would be noise.
                    stopped = true;
                    break;
                }

                if (header is null)
                {
                    if (quoting is { } headerProblem)
                    {
                        ReportQuoting(reader, path, headerProblem, bag);
                        if (headerProblem.Reason == CsvMalformedReason.UnterminatedQuote)
                        {
                            return CsvReadSummary.Unread;
                        }
                    }

                    header = HeaderMap.Read(reader, path, schema, bag);
                    if (header is null)
                    {
                        return CsvReadSummary.Unread;
                    }

                    row = new SourceRow(reader, path, header, bag);
                    continue;
                }

                if (quoting is { } problem)
                {
                    ReportQuoting(reader, path, problem, bag);
                    skipped++;
                    continue;
                }

                if (IsBlank(reader))
                {
                    continue;
                }

                if (reader.FieldCount != header.FieldCount)
                {
                    bag.Add(DataErrors.FieldCountMismatch(new SourceLocation(path, checked((int)reader.LineNumber), 1), reader.FieldCount, header.FieldCount));
                    skipped++;
                    continue;
                }

                row!.Begin();
                onRow(row);
            }
        }
        catch (CsvFormatException e)
        {
            // With Recover and Allow set, CsvHelper throws only for a record longer than MaxRecordSize.
            bag.Add(DataErrors.RecordTooLarge(new SourceLocation(path, checked((int)e.LineNumber), 1), MaxRecordBytes));
            stopped = true;
        }

        if (header is null && !stopped && skipped == 0)
        {
            // Only blank lines: as good as empty.
            bag.Add(DataErrors.EmptyFile(SourceLocation.File(path), schema.HeaderRow));
        }

        return header is null ? CsvReadSummary.Unread : new CsvReadSummary(header, skipped, stopped);
    }

    private static CsvMalformedRecord? TakeQuotingProblem(Queue<CsvMalformedRecord> malformed, long line)
    {
        CsvMalformedRecord? problem = null;
        while (malformed.Count > 0 && malformed.Peek().LineNumber <= line)
        {
            var next = malformed.Dequeue();
            if (next.LineNumber == line)
            {
                problem = next;
            }
        }

        return problem;
    }

    private static bool IsUtf8Text(CsvReader reader, string path, DiagnosticBag bag)
    {
        var raw = reader.RawRecord;
        var nul = raw.IndexOf((byte)0);
        if (nul >= 0)
        {
            bag.Add(DataErrors.NotText(RecordPosition.OfOffset(reader, path, nul)));
            return false;
        }

        if (!Utf8.IsValid(raw))
        {
            bag.Add(DataErrors.InvalidUtf8(RecordPosition.OfOffset(reader, path, RecordPosition.FirstInvalidUtf8(raw))));
            return false;
        }

        return true;
    }

    private static void ReportQuoting(CsvReader reader, string path, CsvMalformedRecord problem, DiagnosticBag bag)
    {
        if (problem.Reason == CsvMalformedReason.UnterminatedQuote)
        {
            // The open quote swallowed everything after it, so it starts the last field.
            bag.Add(DataErrors.UnterminatedQuote(RecordPosition.OfField(reader, path, Math.Max(reader.FieldCount - 1, 0))));
            return;
        }

        var field = RecordPosition.FieldAt(reader, checked((int)(problem.ByteOffset - reader.ByteOffset)));
        var at = RecordPosition.OfField(reader, path, field);
        bag.Add(problem.Reason == CsvMalformedReason.TextAfterClosingQuote ? DataErrors.TextAfterClosingQuote(at) : DataErrors.StrayQuote(at));
    }

    /// <summary>Spreadsheets save emptied rows as bare commas; those are blank lines too.</summary>
    private static bool IsBlank(CsvReader reader)
    {
        for (var i = 0; i < reader.FieldCount; i++)
        {
            if (!reader.GetSpan(i).IsEmpty)
            {
                return false;
            }
        }

        return true;
    }
}
