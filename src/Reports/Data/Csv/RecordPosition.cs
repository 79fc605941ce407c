using System.Buffers;
using System.Text;
using CsvHelper;
using Reports.Diagnostics;

namespace Reports.Data.Csv;

/// <summary>
/// Turns a place in the current record into a line and column of the file. CsvHelper knows the line where a record
/// starts; line breaks inside quoted values move the later fields down, so they are counted here, from the raw bytes.
/// </summary>
internal static class RecordPosition
{
    /// <summary>Where field <paramref name="field"/> starts: its first character that is not padding.</summary>
    public static SourceLocation OfField(CsvReader reader, string path, int field)
    {
        var offset = 0;
        for (var i = 0; i < field; i++)
        {
            offset += reader.GetRawSpan(i).Length + 1;
        }

        var raw = reader.GetRawSpan(field);
        var padding = 0;
        while (padding < raw.Length && raw[padding] is (byte)' ' or (byte)'\t')
        {
            padding++;
        }

        return OfOffset(reader, path, padding < raw.Length ? offset + padding : offset);
    }

    /// <summary>The field that holds byte <paramref name="offset"/> of the record.</summary>
    public static int FieldAt(CsvReader reader, int offset)
    {
        var start = 0;
        for (var i = 0; i < reader.FieldCount; i++)
        {
            start += reader.GetRawSpan(i).Length + 1;
            if (offset < start)
            {
                return i;
            }
        }

        return Math.Max(reader.FieldCount - 1, 0);
    }

    public static SourceLocation OfOffset(CsvReader reader, string path, int offset)
    {
        var raw = reader.RawRecord;
        offset = Math.Clamp(offset, 0, raw.Length);
        var line = reader.LineNumber;
        var lineStart = 0;
        for (var i = 0; i < offset; i++)
        {
            var isBreak = raw[i] == (byte)'\n' || (raw[i] == (byte)'\r' && (i + 1 >= raw.Length || raw[i + 1] != (byte)'\n'));
            if (isBreak)
            {
                line++;
                lineStart = i + 1;
            }
        }

        // Columns count characters, as editors do, not bytes.
        var column = Encoding.UTF8.GetCharCount(raw[lineStart..offset]) + 1;
        return new SourceLocation(path, checked((int)line), column);
    }

    /// <summary>The offset of the first byte that is not valid UTF-8, or -1.</summary>
    public static int FirstInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        var i = 0;
        while (i < bytes.Length)
        {
            if (Rune.DecodeFromUtf8(bytes[i..], out _, out var consumed) != OperationStatus.Done)
            {
                return i;
            }

            i += consumed;
        }

        return -1;
    }
}
