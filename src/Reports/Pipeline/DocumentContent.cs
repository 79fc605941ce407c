using System.Collections.Immutable;
using System.Runtime.InteropServices;
using System.Text;

namespace Reports.Pipeline;

/// <summary>What a <see cref="Document"/> carries: either text (written as UTF-8 without BOM) or raw bytes.</summary>
public sealed class DocumentContent
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    private readonly string? _text;
    private readonly ImmutableArray<byte> _bytes;

    private DocumentContent(string? text, ImmutableArray<byte> bytes)
    {
        _text = text;
        _bytes = bytes;
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

    /// <summary>The text, or the bytes decoded as UTF-8.</summary>
    public string AsText() => _text ?? Utf8NoBom.GetString(_bytes.AsSpan());

    /// <summary>The bytes, or the text encoded as UTF-8 without BOM: exactly what gets published.</summary>
    public ImmutableArray<byte> AsBytes() =>
        _text is null ? _bytes : ImmutableCollectionsMarshal.AsImmutableArray(Utf8NoBom.GetBytes(_text));
}
