using System.Buffers;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Reports.Rendering.Json;

/// <summary>
/// How Reports writes a JSON file: UTF-8, indented by 2, <c>\n</c> line ends and a trailing newline, readable
/// text ("≥", "é") rather than <c>\u</c> escapes (files are served as JSON, never inlined in HTML). Written into a
/// buffer each thread keeps, and returned as exactly the bytes of the file: a session writes 520 of them per save.
/// </summary>
internal static class JsonText
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        IndentSize = 2,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_buffer;

    public static ImmutableArray<byte> Write(Action<Utf8JsonWriter> write)
    {
        var buffer = t_buffer ??= new ArrayBufferWriter<byte>(16 * 1024);
        buffer.ResetWrittenCount();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            write(writer);
        }

        var bytes = new byte[buffer.WrittenCount + 1];
        buffer.WrittenSpan.CopyTo(bytes);
        bytes[^1] = (byte)'\n';
        return ImmutableCollectionsMarshal.AsImmutableArray(bytes);
    }

    /// <summary>
    /// The same file written into <paramref name="stream"/>: <paramref name="write"/> calls <see cref="Flush"/> between
    /// items so that a large file (<c>api/weeks.json</c>) passes through a small buffer instead of being held whole.
    /// </summary>
    public static void WriteTo(Stream stream, Action<Utf8JsonWriter> write)
    {
        using (var writer = new Utf8JsonWriter(stream, Options))
        {
            write(writer);
        }

        stream.WriteByte((byte)'\n');
    }

    /// <summary>Passes on what <paramref name="writer"/> holds once it is more than a few pages; a no-op on small files.</summary>
    public static void Flush(Utf8JsonWriter writer)
    {
        if (writer.BytesPending > 64 * 1024)
        {
            writer.Flush();
        }
    }

    /// <summary>The same file as text, for a command that prints it.</summary>
    public static string WriteString(Action<Utf8JsonWriter> write) => Encoding.UTF8.GetString(Write(write).AsSpan());
}
