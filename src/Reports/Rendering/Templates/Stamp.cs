using System.Buffers;
using System.Collections.Immutable;
using System.Text;
using Reports.Pipeline;

namespace Reports.Rendering.Templates;

/// <summary>
/// A value written into pages after they are rendered, such as the data version in every footer. A template that
/// prints a <see cref="Deferred"/> stamp as it is (<c>{{ site.data_version }}</c>) writes <see cref="Placeholder"/>,
/// which <see cref="Fill"/> replaces in the finished bytes; so a page's rendering, and its place in a render cache,
/// do not depend on the value, and one edited data row re-renders only the pages whose figures changed. A template
/// that does anything else with it (a filter, a comparison) gets the real value, and the render says so
/// (<see cref="TemplateOutcome.ReadStamps"/>). Without a cache to keep pages in, a stamp need not be deferred: it is
/// then printed like any value. The placeholder is an HTML comment: escaped text can never spell it.
/// </summary>
/// <param name="Name">Names the placeholder: letters, digits and '-'.</param>
/// <param name="Value">Letters, digits and <c>: . _ -</c> only, which HTML encoding leaves as they are, so filling in
/// the raw value writes what printing it would have.</param>
public sealed record Stamp(string Name, string Value, bool Deferred = true) : IFingerprintProxy
{
    public string Name { get; } = Plain(Name, "-", nameof(Name));

    public string Value { get; } = Plain(Value, ":._-", nameof(Value));

    public string Placeholder => $"<!--reports-stamp:{Name}-->";

    /// <summary>What a page's cache key sees: for a deferred stamp the placeholder and whether the value is empty (the one test that needs no read).</summary>
    public object FingerprintValue => Deferred ? Placeholder + (Value.Length == 0 ? ":empty" : "") : Value;

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

    private static string Plain(string text, string punctuation, string name) =>
        text.All(c => char.IsAsciiLetterOrDigit(c) || punctuation.Contains(c, StringComparison.Ordinal))
            ? text
            : throw new ArgumentException($"A stamp's {name.ToLowerInvariant()} may hold only ASCII letters, digits and '{punctuation}': '{text}'.", name);

    private static Stamp? Match(ReadOnlySpan<byte> text, IReadOnlyList<Stamp> stamps)
    {
        foreach (var stamp in stamps.Where(s => s.Deferred))
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
