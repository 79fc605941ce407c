using System.Collections.Immutable;
using System.Runtime.InteropServices;
using System.Text;

namespace Reports.Pipeline;

/// <summary>
/// What a <see cref="Document"/> carries: text (written as UTF-8 without BOM), raw bytes, bytes made when asked
/// (<see cref="Deferred"/>): a rendered page is made as it is published, and not kept; or bytes written into a stream
/// when asked (<see cref="Streamed"/>): a file too large to hold, written straight into the file being published.
/// </summary>
public sealed class DocumentContent
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    private readonly string? _text;
    private readonly ImmutableArray<byte> _bytes;
    private readonly Func<ImmutableArray<byte>>? _make;
    private readonly Action<Stream>? _write;

    private DocumentContent(string? text, ImmutableArray<byte> bytes, Func<ImmutableArray<byte>>? make = null, Action<Stream>? write = null)
    {
        _text = text;
        _bytes = bytes;
        _make = make;
        _write = write;
    }

    public static DocumentContent Empty { get; } = new("", []);

    public bool IsText => _text is not null;

    public static DocumentContent FromText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new DocumentContent(text, default);
    }

    public static DocumentContent FromBytes(ImmutableArray<byte> bytes)
    {
        if (bytes.IsDefault)
        {
            throw new ArgumentException("Bytes must not be a default array.", nameof(bytes));
        }

        return new DocumentContent(null, bytes);
    }

    /// <summary>Bytes made by <paramref name="make"/> each time they are asked for, and not kept; it must be thread-safe.</summary>
    public static DocumentContent Deferred(Func<ImmutableArray<byte>> make)
    {
        ArgumentNullException.ThrowIfNull(make);
        return new DocumentContent(null, default, make);
    }

    /// <summary>Bytes written by <paramref name="write"/> into the stream it is given, each time they are asked for, and not kept; it must be thread-safe.</summary>
    public static DocumentContent Streamed(Action<Stream> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        return new DocumentContent(null, default, write: write);
    }

    /// <summary>Whether the bytes are made only when asked for (see <see cref="Deferred"/> and <see cref="Streamed"/>).</summary>
    public bool IsDeferred => _make is not null || _write is not null;

    /// <summary>Whether the bytes are best written straight into their file (<see cref="WriteTo"/>) rather than held (see <see cref="Streamed"/>).</summary>
    public bool IsStreamed => _write is not null;

    /// <summary>Writes exactly the bytes <see cref="AsBytes"/> gives into <paramref name="stream"/>, without holding them when streamed.</summary>
    public void WriteTo(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        if (_write is not null)
        {
            _write(stream);
        }
        else
        {
            stream.Write(AsBytes().AsSpan());
        }
    }

    /// <summary>The text, or the bytes decoded as UTF-8.</summary>
    public string AsText() => _text ?? Utf8NoBom.GetString(AsBytes().AsSpan());

    /// <summary>The bytes, or the text encoded as UTF-8 without BOM: exactly what gets published.</summary>
    public ImmutableArray<byte> AsBytes() =>
        _make is not null ? _make()
        : _write is not null ? Written(_write)
        : _text is null ? _bytes
        : ImmutableCollectionsMarshal.AsImmutableArray(Utf8NoBom.GetBytes(_text));

    private static ImmutableArray<byte> Written(Action<Stream> write)
    {
        using var memory = new MemoryStream();
        write(memory);
        return ImmutableCollectionsMarshal.AsImmutableArray(memory.ToArray());
    }
}
