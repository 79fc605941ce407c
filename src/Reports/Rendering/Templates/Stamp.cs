using System.Buffers;
using System.Collections.Immutable;
using System.Text;
using Reports.Pipeline;

namespace Reports.Rendering.Templates;

/// <summary>
/// A value written into pages after they are rendered, such as the data version in every footer. A template that
/// prints it as it is (<c>{{ site.data_version }}</c>) writes <see cref="Placeholder"/>, which <see cref="Fill"/>
/// replaces in the finished bytes; so a page's rendering, and its place in the render cache, do not depend on the
/// value, and one edited data row re-renders only the pages whose figures changed. A template that does anything
/// else with it (a filter, a comparison) gets the real value, and the render says so (<see cref="TemplateOutcome.ReadStamps"/>).
/// The placeholder is an HTML comment: escaped text (every CSV cell, every Markdown text) can never spell it.
/// </summary>
public sealed record Stamp(string Name, string Value) : IFingerprintProxy
{
    public string Placeholder => $"<!--reports-stamp:{Name}-->";

    /// <summary>What a page's cache key sees: the placeholder, and whether the value is empty (the one test that needs no read).</summary>
    public object FingerprintValue => Placeholder + (Value.Length == 0 ? ":empty" : "");

    /// <summary>The value, for code; templates see it through <see cref="StampValue"/>.</summary>
    public override string ToString() => Value;

    /// <summary>
    /// <paramref name="bytes"/> (UTF-8) with every stamp's placeholder replaced by its value; the same array when
    /// none occurs.
    /// </summary>
    public static ImmutableArray<byte> Fill(ImmutableArray<byte> bytes, IReadOnlyList<Stamp> stamps)
    {
        ArgumentNullException.ThrowIfNull(stamps);
        var span = bytes.AsSpan();
        if (span.IndexOf(Prefix) < 0)
        {
            return bytes;
        }

        var filled = new ArrayBufferWriter<byte>(span.Length + 256);
        while (true)
        {
            var at = span.IndexOf(Prefix);
            if (at < 0)
            {
                filled.Write(span);
                return [.. filled.WrittenSpan];
            }

            filled.Write(span[..at]);
            span = span[at..];
            var stamp = Match(span, stamps);
            var length = stamp is null ? Prefix.Length : Encoding.UTF8.GetByteCount(stamp.Placeholder);
            filled.Write(stamp is null ? span[..length] : Encoding.UTF8.GetBytes(stamp.Value));
            span = span[length..];
        }
    }

    private static Stamp? Match(ReadOnlySpan<byte> text, IReadOnlyList<Stamp> stamps)
    {
        foreach (var stamp in stamps)
        {
            if (text.StartsWith(Encoding.UTF8.GetBytes(stamp.Placeholder)))
            {
                return stamp;
            }
        }

        return null;
    }

    private static ReadOnlySpan<byte> Prefix => "<!--reports-stamp:"u8;
}
