using System.Collections.Immutable;
using System.Runtime.InteropServices;
using System.Text;

namespace Reports.Pipeline;

/// <summary>
/// What a <see cref="Document"/> carries: text (written as UTF-8 without BOM), raw bytes, or bytes made when asked
/// (<see cref="Deferred"/>): a rendered page is made as it is published, and not kept.
/// </summary>
public sealed class DocumentContent
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    private readonly string? _text;
    private readonly ImmutableArray<byte> _bytes;
    private readonly Func<ImmutableArray<byte>>? _make;

    private DocumentContent(string? text, ImmutableArray<byte> bytes, Func<ImmutableArray<byte>>? make = null)
    {
        _text = text;
        _bytes = bytes;
        _make = make;
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

    /// <summary>Whether the bytes are made only when asked for (see <see cref="Deferred"/>).</summary>
    public bool IsDeferred => _make is not null;

    /// <summary>The text, or the bytes decoded as UTF-8.</summary>
    public string AsText() => _text ?? Utf8NoBom.GetString(AsBytes().AsSpan());

    /// <summary>The bytes, or the text encoded as UTF-8 without BOM: exactly what gets published.</summary>
    public ImmutableArray<byte> AsBytes() =>
        _make is not null ? _make()
        : _text is null ? _bytes
        : ImmutableCollectionsMarshal.AsImmutableArray(Utf8NoBom.GetBytes(_text));
}
