using System.Buffers;
using System.Text;

namespace Reports.Rendering.Templates;

/// <summary>
/// What one thread renders pages into: two builders (a page's body and the layout wrapping it take turns) and
/// the UTF-8 bytes of the result. Kept per thread and reused, so a page costs its bytes and not three growing
/// strings; a buffer that grew past <see cref="KeptCapacity"/> for one long page is dropped with it.
/// </summary>
internal sealed class RenderBuffers
{
    private const int KeptCapacity = 256 * 1024;

    [ThreadStatic]
    private static RenderBuffers? t_free;

    private readonly StringBuilder[] _builders = [new(), new()];
    private readonly ArrayBufferWriter<byte> _bytes = new();
    private readonly Encoder _encoder = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetEncoder();
    private int _current;

    /// <summary>This thread's buffers, emptied; a render inside a render gets its own.</summary>
    public static RenderBuffers Rent()
    {
        var buffers = t_free ?? new RenderBuffers();
        t_free = null;
        buffers._current = 0;
        buffers._builders[0].Clear();
        return buffers;
    }

    public StringBuilder Current => _builders[_current];

    /// <summary>The other builder, emptied and made current; the previous one keeps what it holds.</summary>
    public StringBuilder Next()
    {
        _current ^= 1;
        return _builders[_current].Clear();
    }

    /// <summary>The current builder as UTF-8, encoded chunk by chunk (a surrogate pair split across two chunks carries over).</summary>
    public byte[] Utf8()
    {
        _bytes.ResetWrittenCount();
        _encoder.Reset();
        foreach (var chunk in Current.GetChunks())
        {
            _encoder.Convert(chunk.Span, _bytes, flush: false, out _, out _);
        }

        _encoder.Convert([], _bytes, flush: true, out _, out _);
        return _bytes.WrittenSpan.ToArray();
    }

    public void Return()
    {
        if (_builders.All(b => b.Capacity <= KeptCapacity) && _bytes.Capacity <= 3 * KeptCapacity)
        {
            t_free = this;
        }
    }
}
